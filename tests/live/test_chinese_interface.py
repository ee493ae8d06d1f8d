"""Live coverage with Chinese active: the page's words, the dates and times in the event's
zone, and the words the polling script shows ("N new updates") from data- attributes. The
page is served directly (no middleware), whatever decides the language of a request."""

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.cache import SessionStore
from django.utils import translation

from .factories import LiveUpdateFactory

pytestmark = pytest.mark.django_db


def served_in_chinese(page, rf):
    request = rf.get(page.url)
    request.user = AnonymousUser()
    request.session = SessionStore()
    with translation.override("zh-hans"):
        return page.serve(request).render().content.decode()


def test_live_coverage_reads_in_chinese(coverage, rf):
    LiveUpdateFactory(page=coverage, posted_at=dt.datetime(2030, 11, 10, 1, 30, tzinfo=dt.UTC))

    html = served_in_chinese(coverage, rf)

    assert "2030年11月10日 09:00" in html  # coverage_start, Asia/Shanghai
    assert ">09:30</time>" in html  # 01:30 UTC, shown in the event's zone
    assert 'data-label-one="1 条新动态"' in html
    assert 'data-label-many="__count__ 条新动态"' in html
    assert "直播中" in html and "最新动态" in html
    assert "new update" not in html
