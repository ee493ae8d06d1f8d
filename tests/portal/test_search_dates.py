"""Search results are dated by each kind's own date (an article's publication, an edition's
or an event's start), undated when a page has none (an index), and never by the day the
page was put online."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.awards.factories import AwardEditionPageFactory, AwardProgramPageFactory
from tests.events.factories import (
    EventPageFactory,
    SummitIndexPageFactory,
    SummitPageFactory,
    shanghai,
)
from tests.factories import StandardPageFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db

# The day the content was loaded: no result may carry it.
LOADED = timezone.make_aware(datetime.datetime(2026, 12, 3, 9, 0))


def result_dates(response):
    """{result title: the date it shows, or None}."""
    html = response.content.decode()
    dates = {}
    for item in re.findall(r'<li class="search-result[^"]*">(.*?)</li>', html, re.S):
        title = re.search(r'class="search-result__title"><a [^>]*>(.*?)</a>', item, re.S)
        shown = re.search(r'<time datetime="([\d-]+)">', item)
        dates[re.sub(r"<[^>]+>", "", title.group(1))] = shown.group(1) if shown else None
    return dates


@pytest.fixture
def content(home_page):
    series = SummitIndexPageFactory(parent=home_page, title="Kestrel summits")
    edition = SummitPageFactory(
        parent=series,
        year=2023,
        title="Kestrel Summit 2023",
        start=shanghai(2023, 11, 8, 9, 0),
        end=shanghai(2023, 11, 10, 18, 0),
    )
    EventPageFactory(parent=edition, title="Kestrel expo", start=None, end=None)
    EventPageFactory(
        parent=edition,
        title="Kestrel matchmaking",
        start=shanghai(2023, 11, 9, 14, 0),
        end=shanghai(2023, 11, 9, 17, 0),
    )
    news = NewsIndexPageFactory(parent=home_page, title="Kestrel news")
    ArticlePageFactory(
        parent=news,
        title="Kestrel recap",
        published_at=timezone.make_aware(datetime.datetime(2023, 11, 11, 2, 52)),
    )
    StandardPageFactory(parent=home_page, title="About Kestrel")
    programme = AwardProgramPageFactory(parent=home_page, title="Kestrel award", slug="kestrel")
    AwardEditionPageFactory(
        parent=programme,
        title="Kestrel award 2023",
        ceremony_time=shanghai(2023, 11, 8, 19, 0),
    )
    AwardEditionPageFactory(parent=programme, year=2022, title="Kestrel award 2022")
    # Everything was "first published" the day the demo was loaded.
    from wagtail.models import Page

    Page.objects.filter(title__icontains="kestrel").update(
        first_published_at=LOADED, last_published_at=LOADED
    )


def test_each_kind_is_dated_by_its_own_date_and_index_pages_by_none(client, content):
    dates = result_dates(client.get("/search/", {"q": "kestrel"}))
    assert dates == {
        "Kestrel summits": None,  # the series index
        "Kestrel news": None,  # the news index
        "About Kestrel": None,
        "Kestrel award": None,  # a programme spans the years
        "Kestrel Summit 2023": "2023-11-08",
        "Kestrel expo": "2023-11-08",  # no time of its own: during the edition
        "Kestrel matchmaking": "2023-11-09",
        "Kestrel recap": "2023-11-11",
        "Kestrel award 2023": "2023-11-08",
        "Kestrel award 2022": None,  # no ceremony time entered
    }
    assert "2026-12-03" not in dates.values()


def test_year_filter_and_date_order_follow_the_same_dates(client, content):
    in_2023 = result_dates(client.get("/search/", {"q": "kestrel", "year": "2023"}))
    assert set(in_2023) == {
        "Kestrel Summit 2023",
        "Kestrel expo",
        "Kestrel matchmaking",
        "Kestrel recap",
        "Kestrel award 2023",
    }
    assert result_dates(client.get("/search/", {"q": "kestrel", "year": "2026"})) == {}
    newest_first = list(result_dates(client.get("/search/", {"q": "kestrel", "sort": "date"})))
    assert newest_first[0] == "Kestrel recap"
    assert newest_first.index("Kestrel matchmaking") < newest_first.index("Kestrel expo")
