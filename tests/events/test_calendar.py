"""iCalendar feeds of an edition and of an event page."""

import datetime as dt

import pytest
from icalendar import Calendar

from .factories import EventPageFactory, SubForumFactory, shanghai
from .helpers import add_events

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def test_edition_calendar_has_one_event_per_part_and_session_with_zones(client, edition):
    add_events(edition, 3, sessions_each=2)
    SubForumFactory(parent=edition, start=shanghai(2030, 11, 9, 14), end=shanghai(2030, 11, 9, 17))

    calendar = parse(client.get("/summits/2030/calendar.ics"))

    events = calendar.walk("VEVENT")
    # The edition itself, its 4 parts and 3 × 2 sessions.
    assert len(events) == 1 + 4 + 6
    assert len({str(event["UID"]) for event in events}) == len(events)
    for event in events:
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.tzinfo is not None and end.tzinfo is not None
        assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
        for prop in ("SUMMARY", "URL", "LAST-MODIFIED", "DTSTAMP", "LOCATION"):
            assert prop in event
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    edition_event = events[0]
    assert edition_event.decoded("DTSTART") == shanghai(2030, 11, 8, 9, 0)
    assert edition_event.decoded("DTSTART").utcoffset() == dt.timedelta(hours=8)


def test_event_calendar_has_the_event_and_its_sessions(client, edition):
    [event] = add_events(edition, 1, sessions_each=3)

    calendar = parse(client.get(f"{event.url}calendar.ics"))

    summaries = [str(item["SUMMARY"]) for item in calendar.walk("VEVENT")]
    assert summaries[0] == event.title
    assert len(summaries) == 4
    assert calendar.walk("VTIMEZONE")


def test_uids_survive_a_slug_change(client, edition):
    event = EventPageFactory(parent=edition, slug="old-name", start=shanghai(2030, 11, 8, 9))
    before = parse(client.get("/summits/2030/old-name/calendar.ics")).walk("VEVENT")[0]["UID"]

    event.slug = "new-name"
    event.save_revision().publish()
    after = parse(client.get("/summits/2030/new-name/calendar.ics")).walk("VEVENT")[0]["UID"]

    assert before == after
    assert "old-name" not in str(after)


def test_date_only_events_end_at_the_next_local_midnight(client, edition):
    edition.dates_only = True
    edition.start, edition.end = shanghai(2030, 11, 8), shanghai(2030, 11, 10, 23, 59)
    edition.save()

    event = parse(client.get("/summits/2030/calendar.ics")).walk("VEVENT")[0]

    # An all-day event (VALUE=DATE): the end date is exclusive (RFC 5545).
    assert event.decoded("DTEND") == dt.date(2030, 11, 11)


def test_pages_declare_and_link_their_calendars(client, edition):
    event = EventPageFactory(parent=edition, start=shanghai(2030, 11, 8, 9))

    for page_url in ("/summits/2030/", event.url):
        html = client.get(page_url).content.decode()
        ics = f"http://testserver{page_url}calendar.ics"
        assert '<link rel="alternate" type="text/calendar"' in html
        assert f'href="{ics}"' in html
        assert f'href="webcal://testserver{page_url}calendar.ics"' in html
        assert "https://calendar.google.com/calendar/render?action=TEMPLATE" in html
        assert "https://outlook.live.com/calendar/0/deeplink/compose?" in html


def test_unknown_and_unpublished_calendars_are_404(client, edition):
    event = EventPageFactory(parent=edition, slug="draft-event")
    event.unpublish()
    assert client.get("/summits/2030/draft-event/calendar.ics").status_code == 404
    assert client.get("/summits/2030/nothing/calendar.ics").status_code == 404
    assert client.get("/summits/calendar.ics").status_code == 404
