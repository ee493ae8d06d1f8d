"""All-day events in the .ics and in the "add to calendar" links, and each part's own time."""

import datetime as dt
import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from icalendar import Calendar

from .factories import AgendaSessionFactory, EventPageFactory, VenueFactory, shanghai

pytestmark = pytest.mark.django_db


def vevents(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {str(e["SUMMARY"]): e for e in Calendar.from_ical(response.content).walk("VEVENT")}


def ics_lines(client, url):
    """The unfolded content lines of the .ics, as a calendar app reads them."""
    return client.get(url).content.decode().replace("\r\n ", "").split("\r\n")


def link_query(page_html, host):
    [href] = re.findall(rf'href="(https://{re.escape(host)}/[^"]+)"', page_html)
    return {key: values[0] for key, values in parse_qs(urlsplit(html.unescape(href)).query).items()}


@pytest.fixture
def all_day_edition(edition):
    edition.dates_only = True
    edition.start, edition.end = shanghai(2030, 11, 8), shanghai(2030, 11, 10)
    edition.save_revision().publish()
    return edition


def test_a_date_only_edition_is_an_all_day_event_the_links_agree_on(client, all_day_edition):
    lines = ics_lines(client, "/summits/2030/calendar.ics")
    assert "DTSTART;VALUE=DATE:20301108" in lines
    assert "DTEND;VALUE=DATE:20301111" in lines  # exclusive: the day after the last day
    assert not any(line.startswith("DTSTART:20301108T000000") for line in lines)
    event = vevents(client, "/summits/2030/calendar.ics")[all_day_edition.title]

    page = client.get("/summits/2030/").content.decode()
    google = link_query(page, "calendar.google.com")
    outlook = link_query(page, "outlook.live.com")

    ics_dates = (event.decoded("DTSTART"), event.decoded("DTEND"))
    assert ics_dates == (dt.date(2030, 11, 8), dt.date(2030, 11, 11))
    assert google["dates"] == "20301108/20301111"
    assert (outlook["startdt"], outlook["enddt"], outlook["allday"]) == (
        "2030-11-08",
        "2030-11-11",
        "true",
    )


def test_a_part_without_times_in_a_date_only_edition_is_all_day_too(client, all_day_edition):
    part = EventPageFactory(parent=all_day_edition, title="Expo of the whole summit")

    for url in ("/summits/2030/calendar.ics", f"{part.url}calendar.ics"):
        event = vevents(client, url)[part.title]
        assert event["DTSTART"].params["VALUE"] == "DATE"
        assert (event.decoded("DTSTART"), event.decoded("DTEND")) == (
            dt.date(2030, 11, 8),
            dt.date(2030, 11, 11),
        )
    google = link_query(client.get(part.url).content.decode(), "calendar.google.com")
    assert google["dates"] == "20301108/20301111"


def test_a_part_with_its_own_time_exports_that_time_in_its_zone(client, all_day_edition):
    berlin = VenueFactory(name="Berlin hall", time_zone="Europe/Berlin")
    part = EventPageFactory(
        parent=all_day_edition,
        title="Evening forum",
        venue=berlin,
        start=shanghai(2030, 11, 9, 21),  # 14:00 in Berlin
        end=shanghai(2030, 11, 9, 23, 30),
    )

    for url in ("/summits/2030/calendar.ics", f"{part.url}calendar.ics"):
        assert "DTSTART;TZID=Europe/Berlin:20301109T140000" in ics_lines(client, url)
        assert "DTEND;TZID=Europe/Berlin:20301109T163000" in ics_lines(client, url)
    google = link_query(client.get(part.url).content.decode(), "calendar.google.com")
    assert google["dates"] == "20301109T130000Z/20301109T153000Z"


def test_a_part_without_times_spans_its_sessions_not_the_edition(client, edition):
    with_sessions = EventPageFactory(parent=edition, title="Workshops")
    AgendaSessionFactory(
        page=with_sessions, start=shanghai(2030, 11, 9, 14), end=shanghai(2030, 11, 9, 15)
    )
    AgendaSessionFactory(
        page=with_sessions, start=shanghai(2030, 11, 9, 16), end=shanghai(2030, 11, 9, 17)
    )
    whole_summit = EventPageFactory(parent=edition, title="Exhibition")

    for url in ("/summits/2030/calendar.ics", f"{with_sessions.url}calendar.ics"):
        event = vevents(client, url)["Workshops"]
        assert event.decoded("DTSTART") == shanghai(2030, 11, 9, 14)
        assert event.decoded("DTEND") == shanghai(2030, 11, 9, 17)
    # Without a time or sessions of its own, a part runs through the edition.
    exhibition = vevents(client, "/summits/2030/calendar.ics")[whole_summit.title]
    assert exhibition.decoded("DTSTART") == edition.start
    assert exhibition.decoded("DTEND") == edition.end
