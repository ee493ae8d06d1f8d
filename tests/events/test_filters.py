"""Filters on the programme and in the admin: bad values are a 400 or an empty list."""

import re

import pytest

from tests.factories import UserFactory

from .factories import EventPageFactory, SubForumFactory, SummitPageFactory, shanghai

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(edition):
    return {
        "forum": SubForumFactory(
            parent=edition,
            title="Synthetic Forum",
            start=shanghai(2030, 11, 9, 14),
            end=shanghai(2030, 11, 9, 17),
        ),
        "expo": EventPageFactory(
            parent=edition,
            title="Synthetic Expo",
            kind="expo",
            start=shanghai(2030, 11, 8, 9),
            end=shanghai(2030, 11, 8, 18),
        ),
        "night": EventPageFactory(parent=edition, title="Synthetic Night", kind="cultural"),
    }


def main(response):
    html = response.content.decode()
    return html[html.index('id="programme-title"') :]


def test_programme_filters_by_kind_and_day(client, programme):
    html = main(client.get("/summits/2030/", {"kind": "expo"}))
    assert "Synthetic Expo" in html and "Synthetic Forum" not in html

    html = main(client.get("/summits/2030/", {"day": "2030-11-09"}))
    assert "Synthetic Forum" in html
    assert "Synthetic Expo" not in html
    assert "Synthetic Night" in html  # no times of its own: it runs through the edition


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ({"kind": "not-a-kind"}, "not-a-kind"),
        ({"day": "2030-13-45"}, "2030-13-45"),
        ({"day": "2031-01-01"}, "2031-01-01"),  # outside the edition
        ({"day": "'; DROP TABLE x"}, "&#x27;; DROP TABLE x"),
        ({"kind": "\x00"}, "\\x00"),
        ({"kind": ["expo", "cultural"], "day": ["x", "y"]}, "y"),
    ],
)
def test_bad_programme_filters_are_a_400_naming_the_value(client, programme, query, shown):
    response = client.get("/summits/2030/", query)
    assert response.status_code == 400
    html = response.content.decode()
    assert f"<code>{shown}</code>" in html
    assert '<a href="/summits/2030/">' in html  # the unfiltered edition page
    assert "Synthetic Expo" not in html and "Synthetic Forum" not in html


def test_a_kind_the_edition_lacks_is_an_empty_programme(client, programme):
    response = client.get("/summits/2030/", {"kind": "ceremony"})
    assert response.status_code == 200
    html = main(response)
    assert "Nothing in the programme matches this filter." in html
    assert "Synthetic Expo" not in html
    assert '<option value="ceremony" selected>' in html


def test_the_kind_list_offers_the_kinds_of_the_edition(client, programme):
    html = main(client.get("/summits/2030/"))
    options = re.findall(r'<option value="(\w*)"', html[: html.index('name="day"')])
    assert options == ["", "sub_forum", "expo", "cultural"]


@pytest.fixture
def editor_client(client, home_page):
    user = UserFactory(username="editor", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


ADMIN_LISTING = "/admin/edition_parts/"


def test_admin_listing_shows_events_across_editions(editor_client, series, edition):
    other = SummitPageFactory(parent=series, year=2031)
    EventPageFactory(parent=edition, title="Expo 2030", kind="expo")
    EventPageFactory(parent=other, title="Ceremony 2031", kind="ceremony")

    html = editor_client.get(ADMIN_LISTING).content.decode()
    assert "Expo 2030" in html and "Ceremony 2031" in html

    html = editor_client.get(ADMIN_LISTING, {"edition": other.pk}).content.decode()
    assert "Ceremony 2031" in html and "Expo 2030" not in html

    html = editor_client.get(ADMIN_LISTING, {"kind": "expo"}).content.decode()
    assert "Expo 2030" in html and "Ceremony 2031" not in html


def test_admin_listing_filters_sub_forums_by_kind(editor_client, edition):
    SubForumFactory(parent=edition, title="Forum 2030")
    EventPageFactory(parent=edition, title="Expo 2030", kind="expo")

    html = editor_client.get(ADMIN_LISTING, {"kind": "sub_forum"}).content.decode()

    assert "Forum 2030" in html and "Expo 2030" not in html


def test_admin_listing_filters_by_date_range(editor_client, edition):
    EventPageFactory(parent=edition, title="Early event", start=shanghai(2030, 11, 8, 9))
    EventPageFactory(parent=edition, title="Late event", start=shanghai(2030, 11, 10, 9))

    html = editor_client.get(
        ADMIN_LISTING, {"start_from": "2030-11-09", "start_to": "2030-11-11"}
    ).content.decode()

    assert "Late event" in html and "Early event" not in html


@pytest.mark.parametrize(
    "query",
    [
        {"edition": "abc"},
        {"edition": "999999"},
        {"kind": "nope"},
        {"start_from": "not-a-date"},
        {"ordering": "nonsense"},
    ],
)
def test_admin_listing_bad_filters_never_fail(editor_client, edition, query):
    EventPageFactory(parent=edition, title="Some event")

    response = editor_client.get(ADMIN_LISTING, query)

    assert response.status_code in (200, 400)
    if "ordering" not in query:
        assert "Some event" not in response.content.decode()
