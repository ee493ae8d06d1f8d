"""The header box's autocomplete endpoint and the box's markup."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def suggestions(client, query):
    response = client.get("/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["results"]


def test_returns_a_few_titles_starting_with_the_typed_text_first(client, home_page):
    StandardPageFactory(parent=home_page, title="Programme of the expo", slug="programme")
    StandardPageFactory(parent=home_page, title="Expo halls", slug="halls")
    for number in range(10):
        StandardPageFactory(parent=home_page, title=f"Expo day {number}", slug=f"day-{number}")

    results = suggestions(client, "expo")

    assert len(results) == 6
    assert results[0] == {
        "title": "Expo day 0",
        "url": "/day-0/",
        "kind": "pages",
        "kind_label": "Other pages",
    }
    assert "Programme of the expo" not in [item["title"] for item in results]


def test_finds_chinese_titles_by_any_part(client, home_page):
    StandardPageFactory(parent=home_page, title="乌镇峰会", slug="wuzhen")

    assert [item["title"] for item in suggestions(client, "峰会")] == ["乌镇峰会"]


def test_short_or_empty_input_returns_nothing(client, home_page):
    StandardPageFactory(parent=home_page, title="A page")
    assert suggestions(client, "") == []
    assert suggestions(client, "a") == []


def test_drafts_are_not_suggested(client, home_page):
    StandardPageFactory(parent=home_page, title="Draft agenda", live=False)
    assert suggestions(client, "agenda") == []


def test_results_are_cached_briefly(client, home_page):
    StandardPageFactory(parent=home_page, title="Cached title")
    suggestions(client, "cached")

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/search/autocomplete/", {"q": "Cached"})

    assert response.json()["results"][0]["title"] == "Cached title"
    assert "max-age=60" in response["Cache-Control"]
    assert not [
        query
        for query in queries
        if "wagtailcore_page" in query["sql"] and "LIKE" in query["sql"].upper()
    ]


def test_header_box_is_a_plain_get_form_enhanced_by_script(client, home_page):
    html = client.get("/").content.decode()

    assert (
        '<form class="site-search" role="search" aria-label="Quick search" action="/search/"'
        in html
    )
    assert 'data-autocomplete-url="/search/autocomplete/"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'role="listbox"' in html
    assert "portal/js/search-autocomplete.js" in html


def test_header_box_submits_to_the_results_page(client, home_page):
    StandardPageFactory(parent=home_page, title="Media centre", slug="media")

    response = client.get("/search/", {"q": "media"})

    assert 'value="media"' in response.content.decode()
    assert response.status_code == 200
