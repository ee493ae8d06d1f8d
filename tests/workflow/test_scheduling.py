"""Scheduled publishing: a revision approved with a go-live time in the future is published by
the scheduler (`manage.py run_scheduler`, which `make run` starts) once that time has passed."""

import datetime as dt
import io
import zoneinfo

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse

from news.models import NewsIndexPage as NEWS
from tests.news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")
TEN_AM = dt.datetime(2030, 11, 9, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def scheduled(sections, moderator):
    """A draft a moderator scheduled at 9:00 to go live at 10:00 Shanghai time."""
    with time_machine.travel(TEN_AM - dt.timedelta(hours=1), tick=False):
        page = ArticlePageFactory(
            parent=sections[NEWS][0], live=False, title="Synthetic scheduled story"
        )
        page.go_live_at = TEN_AM
        page.save_revision(user=moderator).publish(user=moderator)
    page.refresh_from_db()
    return page


def run_scheduler_at(moment):
    with time_machine.travel(moment, tick=False):
        call_command("run_scheduler", once=True, stdout=io.StringIO())


def test_not_live_before_its_time(client, scheduled):
    assert not scheduled.live
    assert scheduled.get_latest_revision().approved_go_live_at == TEN_AM
    run_scheduler_at(TEN_AM - dt.timedelta(seconds=1))
    scheduled.refresh_from_db()
    assert not scheduled.live
    assert client.get("/news/").content.decode().count("Synthetic scheduled story") == 0


def test_live_once_the_scheduler_runs_after_its_time(client, scheduled):
    run_scheduler_at(TEN_AM + dt.timedelta(seconds=5))
    scheduled.refresh_from_db()
    assert scheduled.live
    assert scheduled.first_published_at == TEN_AM + dt.timedelta(seconds=5)
    assert client.get(scheduled.url).status_code == 200
    assert "Synthetic scheduled story" in client.get("/news/").content.decode()


def test_date_time_fields_in_the_editor_name_their_time_zone(client, sections, editor):
    client.force_login(editor)
    html = client.get(
        reverse("wagtailadmin_pages:edit", args=[sections[NEWS][1].pk])
    ).content.decode()
    # The schedule (go-live, expiry) and the article's own dates.
    for field in ("go_live_at", "expire_at", "published_at"):
        assert f'id="id_{field}-time-zone">Time zone: Asia/Shanghai</p>' in html, field
