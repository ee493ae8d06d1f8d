"""The pages API: each page type with its fields, the filters and their errors, and what is
never shown (drafts, private pages, embargoed recognitions)."""

import datetime as dt

import pytest
import time_machine
from wagtail.models import PageViewRestriction

from tests.awards.factories import RecognitionFactory
from tests.news.factories import ArticlePageFactory

from .conftest import assert_param_error, items


def _detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/")
    assert response.status_code == 200, response.content[:300]
    return response.json()


def test_listing_is_paginated_with_total_count(client, content):
    body = client.get("/api/v2/pages/?limit=2").json()
    assert body["meta"]["total_count"] > 2
    assert len(body["items"]) == 2
    rest = client.get(f"/api/v2/pages/?limit=2&offset={body['meta']['total_count'] - 1}")
    assert len(items(rest)) == 1


def test_article_detail_has_bylines_source_tags_summit_and_image(client, content):
    data = _detail(client, content["article"])
    assert data["meta"]["type"] == "news.ArticlePage"
    assert data["standfirst"] == "A synthetic standfirst for tests."
    assert [(b["name"], b["role"]) for b in data["bylines"]] == [
        ("Synthetic Reporter", "reporter"),
        ("Synthetic Editor", "editor"),
        ("Synthetic Photographer", "photographer"),
    ]
    assert data["source"] == {
        "name": "Synthetic Daily",
        "slug": "synthetic-daily",
        "url": "https://synthetic-daily.example.org/",
    }
    assert data["tags"] == [{"name": "Wuzhen", "slug": "wuzhen"}]
    assert data["summit"]["year"] == 2030
    assert data["summit"]["html_url"] == "http://testserver/summits/2030/"
    assert ".fill-1200x675" in data["image"]["url"]
    assert data["image"]["alt"] == "A synthetic lead picture"
    assert data["body"][0]["type"] == "paragraph"


def test_summit_detail_has_dates_venue_and_key_figures(client, content):
    data = _detail(client, content["summit"])
    assert data["year"] == 2030
    assert data["start"].startswith("2030-11-08T09:00:00")
    assert data["venue"]["town"] == "Wuzhen"
    (figure,) = data["key_figures"]
    assert figure["metric"] == "guests"
    assert figure["number"] == 1800 and figure["qualifier"] == "more_than"
    assert figure["text"].startswith("more than 1,800")


def test_event_detail_has_schedule_and_venue(client, content):
    data = _detail(client, content["forum"])
    assert data["kind"] == "sub_forum"
    assert [s["title"] for s in data["schedule"]] == ["Opening"]
    assert data["schedule"][0]["start"].startswith("2030-11-08T09:00:00")
    assert "venue" in data and "room" in data


def test_award_pages_list_their_public_recognitions(client, content):
    edition = _detail(client, content["edition"])
    assert [r["title"] for r in edition["recognitions"]] == ["Public Project"]
    assert edition["summit"]["id"] == content["summit"].pk
    programme = _detail(client, content["programme"])
    assert [r["title"] for r in programme["recognitions"]] == ["Public Project"]
    assert programme["recognitions"][0]["country"] == {"code": "CN", "name": "China"}


def test_embargoed_recognitions_are_not_shown(client, content):
    announcement = dt.datetime(2031, 1, 1, tzinfo=dt.UTC)
    RecognitionFactory(edition=content["edition"], title="Embargoed Project")
    content["edition"].announcement_time = announcement
    content["edition"].save_revision().publish()
    with time_machine.travel(announcement - dt.timedelta(minutes=1), tick=False):
        edition = _detail(client, content["edition"])
        programme = _detail(client, content["programme"])
        listing = client.get("/api/v2/pages/?type=awards.AwardEditionPage&fields=recognitions")
    for body in (edition, programme, listing.json()):
        assert "Embargoed Project" not in str(body)
        assert "Public Project" not in str(body)
    with time_machine.travel(announcement + dt.timedelta(minutes=1), tick=False):
        edition = _detail(client, content["edition"])
    assert {r["title"] for r in edition["recognitions"]} == {"Public Project", "Embargoed Project"}


def test_drafts_are_never_shown(client, content):
    draft = ArticlePageFactory(parent=content["news"], title="Draft story", live=False)
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404
    assert "Draft story" not in client.get("/api/v2/pages/?limit=100").content.decode()
    assert "Draft story" not in client.get("/api/v2/pages/?search=Draft").content.decode()
    content["summit"].unpublish()
    assert _detail(client, content["article"])["summit"] is None


def test_private_pages_and_their_children_are_never_shown(client, content):
    PageViewRestriction.objects.create(
        page=content["summit"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    for page in (content["summit"], content["forum"]):
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404
    listing = client.get("/api/v2/pages/?limit=100").content.decode()
    assert "Synthetic Summit 2030" not in listing and "Synthetic Forum on AI" not in listing
    assert _detail(client, content["article"])["summit"] is None
    assert _detail(client, content["edition"])["summit"] is None


def _titles(client, query):
    return {item["title"] for item in items(client.get(f"/api/v2/pages/?{query}"))}


def test_filters(client, content):
    assert _titles(client, "type=news.ArticlePage") == {"Synthetic recap"}
    assert _titles(client, "tag=wuzhen") == {"Synthetic recap"}
    assert _titles(client, "summit=2030") == {
        "Synthetic recap",
        "Synthetic Forum on AI",
        content["edition"].title,
    }
    assert "Synthetic Summit 2030" in _titles(client, "year=2030")
    assert "Synthetic recap" not in _titles(client, "year=2030")  # published in 2023
    assert "Synthetic recap" in _titles(client, "year=2023")
    assert "Synthetic recap" in _titles(client, "locale=en")
    assert _titles(client, "search=recap&type=news.ArticlePage") == {"Synthetic recap"}
    assert _titles(client, "year=1999") == set()


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("type=news.NoSuchPage", "type"),
        ("type=nonsense", "type"),
        ("tag=no-such-tag", "tag"),
        ("summit=1999", "summit"),
        ("year=20x3", "year"),
        ("year=99999", "year"),
        ("locale=xx", "locale"),
        ("search_operator=xor&search=a", "search_operator"),
        ("order=no_such_field", "order"),
        ("limit=abc", "limit"),
        ("limit=0", "limit"),
        ("limit=101", "limit"),
        ("offset=-1", "offset"),
        ("child_of=abc", "child_of"),
        ("fields=no_such_field", "fields"),
        ("colour=blue", "colour"),
    ],
)
def test_malformed_or_unknown_values_are_a_400_naming_the_parameter(client, content, query, param):
    assert_param_error(client.get(f"/api/v2/pages/?{query}"), param)


def test_detail_refuses_listing_parameters_and_find_checks_its_id(client, content):
    assert_param_error(client.get(f"/api/v2/pages/{content['article'].pk}/?year=2023"), "year")
    assert_param_error(client.get("/api/v2/pages/find/?id=abc"), "id")
    found = client.get(f"/api/v2/pages/find/?html_path=/news/{content['article'].slug}/")
    assert found.status_code == 302
    assert found["Location"].startswith(f"http://testserver/api/v2/pages/{content['article'].pk}/")


def test_unknown_page_is_a_404_in_the_error_format(client, content):
    response = client.get("/api/v2/pages/999999/")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found.", "errors": {}}


def test_any_other_api_address_is_a_json_404(client, db):
    for url in ("/api/v2/pages/-5/", "/api/v2/nothing/", "/api/v3/"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json() == {"message": "Not found.", "errors": {}}


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("query", ['"', "recap'", "(recap", "recap*", "- AND"])
def test_search_syntax_is_text_to_find_not_a_server_error(client, content, endpoint, query):
    # Schemathesis found `search="` a 500 on images (an SQLite FTS5 syntax error).
    response = client.get(f"/api/v2/{endpoint}/", {"search": query})
    assert response.status_code == 200
    assert "items" in response.json()


def test_search_finds_the_words_around_the_punctuation(client, content):
    assert _titles(client, "search=%22recap%22&type=news.ArticlePage") == {"Synthetic recap"}
