"""Structured data: the edition is an Event with its parts as subEvents."""

import datetime as dt

import pytest

from tests.factories import OrganizationFactory

from .factories import EventPageFactory, shanghai
from .helpers import json_ld_of_type

pytestmark = pytest.mark.django_db


def test_edition_json_ld_is_an_event_with_sub_events(client, edition):
    edition.organiser = OrganizationFactory(name="Synthetic Conference Org")
    edition.save()
    EventPageFactory(parent=edition, title="Synthetic Expo", start=shanghai(2030, 11, 9, 10))
    EventPageFactory(parent=edition, title="Synthetic Night", kind="cultural")

    data = json_ld_of_type(client.get("/summits/2030/").content.decode(), "Event")

    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Synthetic Summit 2030"
    assert data["url"] == "http://testserver/summits/2030/"
    assert dt.datetime.fromisoformat(data["startDate"]) == shanghai(2030, 11, 8, 9)
    assert data["startDate"].endswith("+08:00") and data["endDate"].endswith("+08:00")
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place = next(item for item in data["location"] if item["@type"] == "Place")
    assert place["address"]["@type"] == "PostalAddress"
    assert place["address"]["addressCountry"] == "CN"
    assert place["address"]["addressRegion"] == "Zhejiang"
    assert data["organizer"] == {"@type": "Organization", "name": "Synthetic Conference Org"}
    sub = {item["name"]: item for item in data["subEvent"]}
    assert set(sub) == {"Synthetic Expo", "Synthetic Night"}
    assert sub["Synthetic Expo"]["startDate"] == "2030-11-09T10:00:00+08:00"
    # A part without times of its own runs within the edition's dates.
    assert sub["Synthetic Night"]["startDate"] == data["startDate"]
    assert all(item["@type"] == "Event" for item in data["subEvent"])


def test_event_json_ld_points_at_its_edition(client, edition):
    event = EventPageFactory(parent=edition, title="Synthetic Expo", attendance_mode="online")

    data = json_ld_of_type(client.get(event.url).content.decode(), "Event")

    assert data["superEvent"]["url"] == "http://testserver/summits/2030/"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": event.full_url}
