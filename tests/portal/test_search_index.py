"""The index follows publish, unpublish, move and delete at once; drafts and private pages
are never found. Runs on SQLite and, in CI, on PostgreSQL."""

import pytest

from tests.factories import StandardPageFactory

from .search_helpers import make_private, result_urls

pytestmark = pytest.mark.django_db


def found(client, word):
    return result_urls(client.get("/search/", {"q": word}))


def test_publishing_a_new_page_makes_it_findable_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Opening ceremony", live=False)
    assert found(client, "ceremony") == []

    page.save_revision().publish()

    assert found(client, "ceremony") == [page.url]


def test_draft_changes_are_not_found_until_published(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Closing remarks")
    page.title = "Closing keynote"
    page.body = [("paragraph", "<p>A confidential draft paragraph.</p>")]
    page.save_revision()

    assert found(client, "keynote") == []
    assert found(client, "confidential") == []
    assert found(client, "remarks") == [page.url]

    page.get_latest_revision().publish()

    assert found(client, "keynote") == [page.url]
    assert found(client, "confidential") == [page.url]
    assert found(client, "remarks") == []


def test_unpublishing_removes_a_page_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Volunteer briefing")
    assert found(client, "volunteer") == [page.url]

    page.unpublish()

    assert found(client, "volunteer") == []


def test_moving_a_page_updates_its_url_and_privacy(client, home_page):
    public_section = StandardPageFactory(parent=home_page, title="Programme", slug="programme")
    private_section = StandardPageFactory(parent=home_page, title="Staff", slug="staff")
    make_private(private_section)
    page = StandardPageFactory(parent=home_page, title="Shuttle timetable", slug="shuttle")

    page.move(public_section, pos="last-child")
    assert found(client, "shuttle") == ["/programme/shuttle/"]

    page.refresh_from_db()
    page.move(private_section, pos="last-child")
    assert found(client, "shuttle") == []


def test_deleting_a_page_removes_it_at_once(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Press accreditation")
    assert found(client, "accreditation") == [page.url]

    page.delete()

    assert found(client, "accreditation") == []


def test_private_pages_and_their_children_are_never_found(client, home_page):
    section = StandardPageFactory(parent=home_page, title="Internal notes")
    child = StandardPageFactory(parent=section, title="Internal rota")
    make_private(section)

    assert found(client, "internal") == []
    assert child.live
    assert client.get("/search/autocomplete/", {"q": "Internal"}).json() == {"results": []}
