"""Dashboard panels per role, with bounded queries."""

import datetime as dt
import io

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from awards.models import AwardsIndexPage as AWARDS
from events.models import SummitIndexPage as SUMMITS
from news.models import NewsIndexPage as NEWS
from tests.awards.factories import AwardEditionPageFactory
from tests.news.factories import ArticlePageFactory

from .test_scheduling import TEN_AM

pytestmark = pytest.mark.django_db


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_my_drafts_are_mine_only(client, sections, editor, moderator):
    ArticlePageFactory(parent=sections[NEWS][0], live=False, owner=editor, title="Editor draft")
    ArticlePageFactory(parent=sections[NEWS][0], live=False, owner=moderator, title="Other draft")
    html = dashboard(client, editor)
    assert "My drafts" in html
    assert "Editor draft" in html
    assert "Other draft" not in html


def test_scheduled_publications_show_the_time_zone(client, sections, moderator, award_admin):
    with time_machine.travel(TEN_AM - dt.timedelta(hours=1), tick=False):
        page = ArticlePageFactory(parent=sections[NEWS][0], live=False, title="Scheduled story")
        page.go_live_at = TEN_AM
        page.save_revision(user=moderator).publish(user=moderator)
        html = dashboard(client, moderator)
        assert "Scheduled publications" in html
        assert "Scheduled story" in html
        assert "Asia/Shanghai" in html
        assert "9 Nov 2030, 10:00" in html
        # An award administrator does not see the newsroom's schedule.
        assert "Scheduled story" not in dashboard(client, award_admin)
    # Once the scheduler has published it, it leaves the panel.
    with time_machine.travel(TEN_AM + dt.timedelta(minutes=1), tick=False):
        call_command("run_scheduler", once=True, stdout=io.StringIO())
        assert "Scheduled story" not in dashboard(client, moderator)


def test_editions_without_recap_until_one_is_drafted(client, sections, editor, award_admin):
    edition = sections[SUMMITS][1]
    edition.start = timezone.now() + dt.timedelta(days=1)
    edition.end = timezone.now() + dt.timedelta(days=3)
    edition.save()
    html = dashboard(client, editor)
    assert "Summit editions without a recap" in html
    assert reverse("news_build_recap", args=[edition.pk]) in html
    assert "Summit editions without a recap" not in dashboard(client, award_admin)
    client.force_login(editor)
    client.post(reverse("news_build_recap", args=[edition.pk]))
    assert "Summit editions without a recap" not in dashboard(client, editor)


def test_award_editions_under_embargo_for_award_administrators(
    client, sections, editor, award_admin
):
    AwardEditionPageFactory(
        parent=sections[AWARDS][1],
        year=2031,
        title="Embargoed synthetic awards",
        announcement_time=timezone.now() + dt.timedelta(days=2),
    )
    AwardEditionPageFactory(
        parent=sections[AWARDS][1],
        year=2022,
        title="Announced synthetic awards",
        announcement_time=timezone.now() - dt.timedelta(days=2),
    )
    html = dashboard(client, award_admin)
    assert "Award editions under embargo" in html
    assert "Embargoed synthetic awards" in html
    assert "Announced synthetic awards" not in html
    assert "Embargoed synthetic awards" not in dashboard(client, editor)


@pytest.mark.parametrize("count", [2, 12])
def test_panel_queries_do_not_grow_with_rows(
    client, sections, editor, count, django_assert_max_num_queries
):
    for number in range(count):
        ArticlePageFactory(
            parent=sections[NEWS][0], live=False, owner=editor, title=f"Draft {number}"
        )
    client.force_login(editor)
    client.get(reverse("wagtailadmin_home"))  # warm caches
    from portal.dashboard import PANELS

    request = client.get(reverse("wagtailadmin_home")).wsgi_request
    for panel_class in PANELS:
        panel = panel_class(request)
        with django_assert_max_num_queries(8):
            panel.get_rows()
