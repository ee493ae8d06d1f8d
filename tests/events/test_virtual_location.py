"""Online and mixed-attendance events give a schema.org VirtualLocation as their location:
a Place on site, a VirtualLocation online, both for mixed attendance."""

import pytest

from .factories import EventPageFactory
from .helpers import json_ld_of_type

pytestmark = pytest.mark.django_db


def locations(location):
    return location if isinstance(location, list) else [location]


def location_types(location):
    return sorted(item["@type"] for item in locations(location))


def event_json_ld(client, page):
    return json_ld_of_type(client.get(page.url).content.decode(), "Event")


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("offline", ["Place"]),
        ("online", ["VirtualLocation"]),
        ("hybrid", ["Place", "VirtualLocation"]),
        ("", ["Place", "VirtualLocation"]),  # the edition's format: hybrid in the factory
    ],
)
def test_a_part_is_located_by_its_format(client, edition, mode, expected):
    part = EventPageFactory(parent=edition, attendance_mode=mode)

    data = event_json_ld(client, part)

    assert location_types(data["location"]) == expected
    for item in locations(data["location"]):
        if item["@type"] == "VirtualLocation":  # followed online on the part's own page
            assert item == {"@type": "VirtualLocation", "url": part.full_url}
        else:
            assert item["address"]["addressCountry"] == "CN"


def test_the_edition_and_its_sub_events_are_located_by_their_formats(client, edition):
    EventPageFactory(parent=edition, title="Online talk", attendance_mode="online")
    EventPageFactory(parent=edition, title="Hall tour", attendance_mode="offline")

    data = event_json_ld(client, edition)

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert location_types(data["location"]) == ["Place", "VirtualLocation"]
    sub = {item["name"]: item for item in data["subEvent"]}
    online_talk = sub["Online talk"]
    assert online_talk["location"] == {"@type": "VirtualLocation", "url": online_talk["url"]}
    assert sub["Hall tour"]["location"]["@type"] == "Place"


def test_an_online_edition_has_only_its_virtual_location(client, edition):
    edition.attendance_mode = "online"
    edition.save_revision().publish()

    data = event_json_ld(client, edition)

    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "http://testserver/summits/2030/",
    }
