"""Editors can build an edition in the admin; the snippet and listing views work."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage, SummitPage
from tests.factories import PersonFactory, UserFactory

from .factories import VenueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, home_page):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


@pytest.mark.parametrize("model", ["summitpage"])
def test_add_forms_render_for_the_series(admin_client, series, model):
    assert admin_client.get(f"/admin/pages/add/events/{model}/{series.pk}/").status_code == 200


@pytest.mark.parametrize("model", ["eventpage"])
def test_add_forms_render_for_an_edition(admin_client, edition, model):
    assert admin_client.get(f"/admin/pages/add/events/{model}/{edition.pk}/").status_code == 200


def test_editor_creates_an_edition_with_key_figures(admin_client, series):
    venue = VenueFactory()
    data = nested_form_data(
        {
            "title": "Synthetic Summit 2033",
            "slug": "2033",
            "edition_number": 13,
            "year": 2033,
            "theme": "A synthetic theme",
            "start": "2033-11-08 09:00",
            "end": "2033-11-10 18:00",
            "time_zone": "Asia/Shanghai",
            "venue": venue.pk,
            "attendance_mode": "hybrid",
            "key_figures": inline_formset(
                [{"metric": "countries", "number": "126", "qualifier": ""}]
            ),
            "highlights": inline_formset([]),
            "publications": inline_formset([]),
            "host_city_indicators": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(f"/admin/pages/add/events/summitpage/{series.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    edition = SummitPage.objects.get(year=2033)
    assert edition.key_figures.get().number == 126
    # Entered in the admin's zone (Asia/Shanghai in these settings), stored in UTC.
    assert edition.start.isoformat() == "2033-11-08T01:00:00+00:00"


def test_editor_creates_an_event_with_an_agenda(admin_client, edition):
    speaker = PersonFactory()
    data = nested_form_data(
        {
            "title": "Synthetic Matchmaking",
            "slug": "synthetic-matchmaking",
            "kind": "matchmaking",
            "start": "2030-11-09 09:00",
            "end": "2030-11-09 12:00",
            "figures": inline_formset([{"metric": "jobs", "number": "10000"}]),
            "tracks": inline_formset([]),
            "organisers": inline_formset([]),
            "speakers": inline_formset([{"person": speaker.pk, "role": "Host"}]),
            "agenda_sessions": inline_formset(
                [
                    {
                        "title": "Welcome",
                        "start": "2030-11-09 09:00",
                        "end": "2030-11-09 09:30",
                    }
                ]
            ),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    data["agenda_sessions-0-speakers"] = [speaker.pk]  # a multiple-choice field

    response = admin_client.post(f"/admin/pages/add/events/eventpage/{edition.pk}/", data)

    assert response.status_code == 302
    event = EventPage.objects.get(slug="synthetic-matchmaking")
    session = event.agenda_sessions.get()
    assert list(session.speakers.all()) == [speaker]
    assert event.speakers.get().role == "Host"


def test_one_add_form_offers_every_kind_sub_forums_included(admin_client, edition):
    html = admin_client.get(f"/admin/pages/add/events/eventpage/{edition.pk}/").content.decode()
    assert 'value="expo"' in html
    assert 'value="sub_forum"' in html
    assert (
        "/admin/pages/add/events/subforumpage/"
        not in admin_client.get(f"/admin/pages/{edition.pk}/add_subpage/").content.decode()
    )


def test_editor_creates_a_sub_forum_shown_in_its_own_design(admin_client, client, edition):
    data = nested_form_data(
        {
            "title": "Synthetic Forum on Data",
            "slug": "synthetic-forum-on-data",
            "kind": "sub_forum",
            "theme": "A synthetic forum theme",
            "figures": inline_formset([]),
            "tracks": inline_formset([]),
            "organisers": inline_formset([]),
            "speakers": inline_formset([]),
            "agenda_sessions": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )

    response = admin_client.post(f"/admin/pages/add/events/eventpage/{edition.pk}/", data)

    assert response.status_code == 302
    forum = EventPage.objects.get(slug="synthetic-forum-on-data")
    assert forum.kind == "sub_forum"
    client.logout()
    html = client.get("/summits/2030/synthetic-forum-on-data/").content.decode()
    assert 'class="page-event page-sub-forum"' in html
    assert '<p class="eyebrow">Sub-forum · ' in html


def test_venue_snippets_and_events_listing_are_in_the_admin(admin_client, edition):
    VenueFactory(name="Synthetic Convention Centre")
    assert (
        "Synthetic Convention Centre"
        in admin_client.get("/admin/snippets/events/venue/").content.decode()
    )
    html = admin_client.get("/admin/").content.decode()
    assert "/admin/edition_parts/" in html
