"""The site search page: finding each kind of content, ranking, filters and counts,
stemming, Chinese, promotions and the query budget."""

import datetime
import io
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site

from portal.models import BasePage
from tests.factories import OrganizationFactory, PersonFactory, StandardPageFactory

from .search_helpers import PersonSource, facet_counts, result_count, result_urls

pytestmark = pytest.mark.django_db


def published(year, month=6, day=1):
    return timezone.make_aware(datetime.datetime(year, month, day, 12, 0))


def page(parent, title, body_text="", **kwargs):
    kwargs.setdefault("first_published_at", published(2023))
    return StandardPageFactory(
        parent=parent,
        title=title,
        body=[("paragraph", f"<p>{body_text}</p>")] if body_text else [],
        **kwargs,
    )


@pytest.fixture
def dated_pages(monkeypatch):
    """Standard pages dated by their publication, as articles are, for the date machinery
    (a standard page has no date of its own in the search: see test_search_dates.py)."""
    from portal.models import StandardPage

    monkeypatch.setattr(StandardPage, "search_date_field", "first_published_at")


@pytest.fixture
def people_source(db):
    with PersonSource() as source:
        yield source


def test_standard_page_is_found_by_a_word_of_its_title_and_of_its_body(client, home_page):
    about = page(home_page, "Conference logistics", "Shuttle buses leave from the riverside.")

    by_title = client.get("/search/", {"q": "logistics"})
    by_body = client.get("/search/", {"q": "riverside"})

    assert result_urls(by_title) == [about.url]
    assert result_urls(by_body) == [about.url]
    assert "<mark>riverside</mark>" in by_body.content.decode()
    assert "<mark>logistics</mark>" in by_title.content.decode()


def test_home_page_is_found_by_its_introduction(client, home_page):
    home_page.intro = "<p>Reports from the canal town.</p>"
    home_page.save_revision().publish()

    response = client.get("/search/", {"q": "canal"})

    assert result_urls(response) == ["/"]


def test_registered_source_is_found_by_name_and_biography(client, home_page, people_source):
    person = PersonFactory(name="Lin Qiaoyun", bio="Builds satellite ground stations.")

    assert result_urls(client.get("/search/", {"q": "Qiaoyun"})) == [f"/people/{person.pk}/"]
    response = client.get("/search/", {"q": "satellite"})
    assert result_urls(response) == [f"/people/{person.pk}/"]
    assert "People" in response.content.decode()


def test_embargoed_source_objects_are_never_found(client, home_page, people_source):
    visible = PersonFactory(name="Visible Laureate", job_title="Engineer")
    PersonFactory(name="Hidden Laureate", job_title="Embargoed")

    response = client.get("/search/", {"q": "laureate"})
    suggestions = client.get("/search/autocomplete/", {"q": "Laureate"}).json()["results"]

    assert result_urls(response) == [f"/people/{visible.pk}/"]
    assert "Hidden" not in response.content.decode()
    assert [item["title"] for item in suggestions] == ["Visible Laureate"]


def test_english_stemming_finds_singular_from_plural_and_back(client, home_page):
    singular = page(home_page, "The exhibition opens", "One exhibition in the water town.")
    plural = page(home_page, "Earlier editions", "Nine earlier exhibitions were held here.")

    found_by_plural = set(result_urls(client.get("/search/", {"q": "exhibitions"})))
    found_by_singular = set(result_urls(client.get("/search/", {"q": "exhibition"})))

    assert found_by_plural == found_by_singular == {singular.url, plural.url}


def test_chinese_query_finds_chinese_text_without_spaces(client, home_page):
    wuzhen = page(home_page, "Venue", "会场位于浙江省桐乡市乌镇，一座江南水乡。")
    other = page(home_page, "Elsewhere", "杭州是浙江省的省会。")

    assert result_urls(client.get("/search/", {"q": "乌镇"})) == [wuzhen.url]
    assert result_urls(client.get("/search/", {"q": "桐乡市"})) == [wuzhen.url]
    assert set(result_urls(client.get("/search/", {"q": "浙江"}))) == {wuzhen.url, other.url}
    response = client.get("/search/", {"q": "乌镇 water"})
    assert result_urls(response) == []
    assert "<mark>乌镇</mark>" in client.get("/search/", {"q": "乌镇"}).content.decode()


def test_chinese_native_names_of_snippets_are_found(client, home_page, people_source):
    PersonFactory(name="Wang Yuhong", native_name="王玉红")
    organisation = OrganizationFactory(name="Zhejiang Daily", native_name="浙江日报")

    assert "Wang Yuhong" in client.get("/search/", {"q": "玉红"}).content.decode()
    # Organisations are indexed with their native names (a source may register them).
    assert {"浙江", "日报"} <= set(organisation.search_cjk_ngrams().split())


def test_every_demo_page_is_found_by_its_title_under_its_kind(client):
    call_command("load_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    host = {"HTTP_HOST": site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"}
    pages = [
        demo_page
        for demo_page in Page.objects.live()
        .public()
        .filter(depth__gt=2, locale__language_code="en")
        .specific()
        if isinstance(demo_page, BasePage)
    ]
    assert pages
    for demo_page in pages:
        found = []
        for number in range(1, 4):  # titles sharing every word may push it past page 1
            params = {"q": demo_page.title, "kind": demo_page.search_kind, "page": number}
            response = client.get("/search/", params, **host)
            if response.status_code != 200:
                break
            found += result_urls(response)
        assert demo_page.get_url() in found, demo_page.title

    chinese = client.get("/search/", {"q": "乌镇"}, **host)
    assert "/about/" in result_urls(chinese)
    assert "/about/" in result_urls(client.get("/search/", {"q": "桐乡"}, **host))


def test_title_matches_rank_first_and_date_order_on_request(client, home_page, dated_pages):
    older_title = page(home_page, "Expo review", "", first_published_at=published(2021))
    newer_body = page(
        home_page, "Day two", "The expo hall was full.", first_published_at=published(2023)
    )

    assert result_urls(client.get("/search/", {"q": "expo"})) == [older_title.url, newer_body.url]
    assert result_urls(client.get("/search/", {"q": "expo", "sort": "date"})) == [
        newer_body.url,
        older_title.url,
    ]


def test_kind_and_year_filters_agree_with_their_counts(
    client, home_page, people_source, dated_pages
):
    for number, year in enumerate((2021, 2023, 2023)):
        page(home_page, f"Forum report {number}", "forum", first_published_at=published(year))
    PersonFactory(name="Forum Speaker", bio="Spoke at the forum.")

    response = client.get("/search/", {"q": "forum"})
    kinds = facet_counts(response, "kind")
    years = facet_counts(response, "year")

    assert result_count(response) == "4 results"
    assert kinds == {"people": 1, "pages": 3}
    assert years == {"2023": 2, "2021": 1}
    for kind, count in kinds.items():
        filtered = client.get("/search/", {"q": "forum", "kind": kind})
        assert len(result_urls(filtered)) == count
    for year, count in years.items():
        filtered = client.get("/search/", {"q": "forum", "year": year})
        assert len(result_urls(filtered)) == count
    both = client.get("/search/", {"q": "forum", "kind": "pages", "year": "2023"})
    assert len(result_urls(both)) == 2
    assert facet_counts(both, "kind") == {"pages": 2}


def test_year_is_taken_in_the_site_time_zone(client, home_page, dated_pages):
    # 31 December 2022, 20:00 UTC is already 1 January 2023 in Asia/Shanghai.
    new_year = page(
        home_page,
        "New year greetings",
        "",
        first_published_at=datetime.datetime(2022, 12, 31, 20, 0, tzinfo=datetime.UTC),
    )

    assert result_urls(client.get("/search/", {"q": "greetings", "year": "2023"})) == [new_year.url]
    assert result_urls(client.get("/search/", {"q": "greetings", "year": "2022"})) == []


def test_pagination_keeps_query_and_filters(client, home_page):
    for number in range(12):
        page(home_page, f"Session {number}", "panel")

    first = client.get("/search/", {"q": "panel", "kind": "pages"})
    second = client.get("/search/", {"q": "panel", "kind": "pages", "page": "2"})

    assert len(result_urls(first)) == 10
    assert len(result_urls(second)) == 2
    assert "q=panel&amp;kind=pages&amp;page=2" in first.content.decode()
    assert not set(result_urls(first)) & set(result_urls(second))


def test_promoted_results_come_first_marked_as_recommended(client, home_page):
    page(home_page, "Travel to the venue", "venue directions")
    guide = page(home_page, "Visitor guide", "Everything a visitor needs.")
    draft = page(home_page, "Unpublished guide", "", live=False)
    promotion_query = Query.get("venue")
    SearchPromotion.objects.create(
        query=promotion_query, page=guide, description="Start here.", sort_order=0
    )
    SearchPromotion.objects.create(query=promotion_query, page=draft, sort_order=1)

    response = client.get("/search/", {"q": "Venue"})

    html = response.content.decode()
    assert html.index("Recommended") < html.index('class="search-results" start')
    assert f'<a href="{guide.url}">Visitor guide</a>' in html
    assert "Start here." in html
    assert "Unpublished guide" not in html


def test_results_page_is_noindex_and_announces_counts(client, home_page):
    page(home_page, "Accessibility statement", "")

    html = client.get("/search/", {"q": "accessibility"}).content.decode()

    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'role="status" id="search-result-count">1 result<' in html
    assert '<label for="search-kind">' in html and '<label for="search-year">' in html


@pytest.mark.parametrize("path", ["/search/?q=accessibility", "/no-such-page/"])
def test_each_search_landmark_has_a_name_of_its_own(client, home_page, path):
    """Screen readers list landmarks by name: two unnamed "search" regions are indistinct."""
    html = client.get(path).content.decode()

    names = re.findall(r'<form [^>]*role="search" aria-label="([^"]+)"', html)
    assert html.count('role="search"') == len(names) == 2
    assert len(set(names)) == 2, names


def test_empty_results_give_suggestions_and_popular_searches(client, home_page):
    page(home_page, "Competition tracks", "")
    client.get("/search/", {"q": "competition"})
    client.get("/search/", {"q": "zebra"})

    response = client.get("/search/", {"q": "zebra"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing matched “zebra”." in html
    assert "Check the spelling" in html
    assert '<a href="/search/?q=competition">competition</a>' in html
    # Searches that found nothing are not suggested (the language switcher may still link
    # to the same search in Chinese).
    assert ">zebra</a>" not in html
    assert 'href="/search/?q=zebra"' not in html


def test_query_count_stays_flat_from_5_to_50_results(client, home_page, people_source):
    def measure():
        client.get("/search/", {"q": "benchmark"})  # warm up: the query's hit counter exists
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/search/", {"q": "benchmark"})
        assert response.status_code == 200
        return len(queries), result_count(response)

    for number in range(4):
        page(home_page, f"Benchmark page {number}", "benchmark words")
    PersonFactory(name="Benchmark Person")
    small, small_count = measure()
    for number in range(4, 49):
        page(home_page, f"Benchmark page {number}", "benchmark words")
    large, large_count = measure()

    assert (small_count, large_count) == ("5 results", "50 results, page 1 of 5")
    assert large == small, (small, large)
    assert small > 3


def test_a_page_type_can_date_itself_by_another_field(client, home_page, monkeypatch):
    # A summit, say, is filed under the year it was held, not the year it was published.
    from portal.models import StandardPage

    monkeypatch.setattr(StandardPage, "search_date_field", "last_published_at")
    held = page(home_page, "Tenth edition", "", first_published_at=published(2024))
    StandardPage.objects.filter(pk=held.pk).update(last_published_at=published(2019))

    assert result_urls(client.get("/search/", {"q": "tenth", "year": "2019"})) == [held.url]
    assert result_urls(client.get("/search/", {"q": "tenth", "year": "2024"})) == []
    assert facet_counts(client.get("/search/", {"q": "tenth"}), "year") == {"2019": 1}
