"""JSON-LD of the events app: an edition is a schema.org Event with its parts as subEvents;
a part is an Event with its organisers, speakers and superEvent. The pages' get_json_ld_main
calls these."""

from django.utils import timezone

from portal.self_urls import absolute_url

from .choices import SCHEMA_ATTENDANCE, AttendanceMode
from .queries import part_people

SCHEDULED = "https://schema.org/EventScheduled"
SOCIAL_RENDITION = "fill-1200x630|format-jpeg"


def part_event(part, request=None):
    """A part as a schema.org Event, used on its own page and as a subEvent."""
    zone = part.get_time_zone()
    data = {
        "@type": "Event",
        "name": part.title,
        "url": part.get_full_url(request),
        "eventAttendanceMode": SCHEMA_ATTENDANCE[part.get_attendance_mode()],
        "eventStatus": SCHEDULED,
    }
    if part.effective_start:
        data["startDate"] = timezone.localtime(part.effective_start, zone).isoformat()
    if part.effective_end:
        data["endDate"] = timezone.localtime(part.effective_end, zone).isoformat()
    description = part.theme or part.get_meta_description()
    if description:
        data["description"] = description
    location = event_location(part.get_venue(), part.get_attendance_mode(), data["url"])
    if location:
        data["location"] = location
    return data


def part_page(part, request=None):
    """The main JSON-LD of a part's page."""
    data = {"@context": "https://schema.org", **part_event(part, request)}
    organisers_rows, speaker_rows = part_people(part)
    organisers = [row.organization.json_ld() for row in organisers_rows]
    if organisers:
        data["organizer"] = organisers if len(organisers) > 1 else organisers[0]
    performers = [row.person.json_ld() for row in speaker_rows]
    if performers:
        data["performer"] = performers
    if part.edition:
        data["superEvent"] = {
            "@type": "Event",
            "name": part.edition.title,
            "url": part.edition.get_full_url(request),
        }
    return data


def event_location(venue, attendance_mode, url):
    """schema.org's location for the format: the venue's Place on site, a VirtualLocation
    (the page, where it is followed) online, both for mixed attendance; None when unknown."""
    locations = []
    if venue is not None and attendance_mode != AttendanceMode.ONLINE:
        locations.append(venue.json_ld())
    if attendance_mode != AttendanceMode.OFFLINE and url:
        locations.append({"@type": "VirtualLocation", "url": url})
    if not locations:
        return None
    return locations[0] if len(locations) == 1 else locations


def edition_page(edition, data, request=None):
    """The edition's main JSON-LD: `data` (the page's WebPage basics) made an Event.
    schema.org's key is "organizer", whatever the field is called."""
    data["eventStatus"] = SCHEDULED
    data["eventAttendanceMode"] = SCHEMA_ATTENDANCE[edition.attendance_mode]
    if edition.start:  # always set once published; a draft preview may lack it
        data["startDate"] = edition.local_start().isoformat()
    if edition.end:
        data["endDate"] = edition.local_end().isoformat()
    venue = edition.venue if edition.venue_id else None
    location = event_location(venue, edition.attendance_mode, edition.get_full_url(request))
    if location:
        data["location"] = location
    if edition.organiser_id:
        data["organizer"] = edition.organiser.json_ld()
    if edition.theme:
        data["about"] = edition.theme
    image = edition.get_social_image()
    if image:
        data["image"] = absolute_url(request, image.get_rendition(SOCIAL_RENDITION).url)
    data["subEvent"] = [part_event(part, request) for part in edition.parts]
    return data
