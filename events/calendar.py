"""iCalendar (RFC 5545) files for editions and their parts, and "add to calendar" links.

UIDs are built from database ids and a fixed domain, never from URLs, so an entry stays the
same entry in a subscriber's calendar when an editor renames a page or changes its slug."""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone
from wagtail.contrib.routable_page.models import path

from portal import per_change

PRODID = "-//Summit Portal//Events calendar//EN"


def uid_domain():
    configured = getattr(settings, "EVENTS_CALENDAR_UID_DOMAIN", "")
    if configured:
        return configured
    return urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname or "summit-portal"


def make_uid(kind, pk):
    return f"{kind}-{pk}@{uid_domain()}"


@dataclass
class CalendarEntry:
    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime | None
    zone: dt.tzinfo
    url: str = ""
    location: str = ""
    description: str = ""
    last_modified: dt.datetime | None = None
    dates_only: bool = False

    def local(self, value):
        return timezone.localtime(value, self.zone)

    def local_end(self):
        """The end in the entry's zone; for date-only entries, the next midnight (exclusive)."""
        end = self.local(self.end or self.start)
        if self.dates_only:
            end = end.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(days=1)
        return end

    def all_day_dates(self):
        """(first day, day after the last) in the entry's zone: the exclusive end date of
        RFC 5545's DTEND;VALUE=DATE, which the Google and Outlook all-day links take too."""
        return self.local(self.start).date(), self.local_end().date()


def part_span(part, sessions):
    """(start, end, dates only) of a part in calendars: its own time, else the span of its
    agenda sessions, else the edition's dates (its effective ones)."""
    if part.start:
        return part.start, part.end, part.dates_only
    if sessions:
        return min(s.start for s in sessions), max(s.end for s in sessions), False
    return part.effective_start, part.effective_end, part.effective_dates_only


@lru_cache(maxsize=64)
def _vtimezone(tzid, first_year, last_year):
    """VTIMEZONE data for a zone over whole years (computing it takes tens of ms: cache it)."""
    return Timezone.from_tzid(
        tzid, first_date=dt.date(first_year, 1, 1), last_date=dt.date(last_year, 12, 31)
    ).to_ical()


def build_calendar(title, entries):
    """A VCALENDAR with one VEVENT per entry and the VTIMEZONE data for each zone used."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", title)
    if entries:
        calendar.add("x-wr-timezone", str(entries[0].zone))
    if entries:
        first_year = min(entry.start for entry in entries).year - 1
        last_year = max((entry.end or entry.start) for entry in entries).year + 1
        for tzid in sorted({str(entry.zone) for entry in entries}):
            calendar.add_component(Timezone.from_ical(_vtimezone(tzid, first_year, last_year)))
    now = timezone.now()
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", entry.last_modified or now)
        if entry.dates_only:
            # date values make icalendar write DTSTART;VALUE=DATE (an all-day event)
            first_day, day_after = entry.all_day_dates()
            event.add("dtstart", first_day)
            event.add("dtend", day_after)
        else:
            event.add("dtstart", entry.local(entry.start))
            if entry.end:
                event.add("dtend", entry.local_end())
        event.add("summary", entry.summary)
        if entry.location:
            event.add("location", entry.location)
        if entry.url:
            event.add("url", entry.url)
        if entry.description:
            event.add("description", entry.description)
        if entry.last_modified:
            event.add("last-modified", entry.last_modified)
        calendar.add_component(event)
    return calendar


def calendar_response(title, entries, filename):
    response = HttpResponse(
        build_calendar(title, entries).to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{slugify(filename) or "calendar"}.ics"'
    return response


def webcal_url(absolute_url):
    parts = urlsplit(absolute_url)
    return "webcal://" + absolute_url[len(parts.scheme) + 3 :] if parts.scheme else absolute_url


def _utc_stamp(value):
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(entry):
    if entry.dates_only:
        first_day, day_after = entry.all_day_dates()
        dates = f"{first_day:%Y%m%d}/{day_after:%Y%m%d}"
    else:
        dates = f"{_utc_stamp(entry.start)}/{_utc_stamp(entry.end or entry.start)}"
    query = {
        "action": "TEMPLATE",
        "text": entry.summary,
        "dates": dates,
        "ctz": str(entry.zone),
        "details": f"{entry.description}\n\n{entry.url}".strip(),
        "location": entry.location,
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def outlook_calendar_url(entry):
    if entry.dates_only:
        start, end = (day.isoformat() for day in entry.all_day_dates())
    else:
        start, end = entry.local(entry.start).isoformat(), entry.local_end().isoformat()
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": entry.summary,
        "startdt": start,
        "enddt": end,
        "body": f"{entry.description}\n\n{entry.url}".strip(),
        "location": entry.location,
    }
    if entry.dates_only:
        query["allday"] = "true"
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(query)


class CalendarPageMixin:
    """Shared by the edition and part pages: the .ics route's links for templates and <head>.

    Pages (RoutablePageMixin pages) provide `get_calendar_entry(request)` (the page itself,
    or None without dates) and `get_calendar_entries(request)` (the page and everything in
    it). The route has Wagtail's trailing slash; events.urls serves it without."""

    @path("calendar.ics/", name="calendar")
    def calendar_route(self, request):
        return self.calendar_view(request)

    def get_calendar_title(self):
        return self.title

    def get_calendar_url(self, request=None):
        # The route is "calendar.ics/" (Wagtail routes with a trailing slash); events.urls
        # serves it without the slash, the address calendar apps expect.
        page_url = self.get_full_url(request)
        if not page_url:
            return ""
        return page_url.rstrip("/") + "/" + self.reverse_subpage("calendar").rstrip("/")

    def get_calendar_links(self, request):
        url = self.get_calendar_url(request)
        entry = self.get_calendar_entry(request)
        if not url or entry is None:
            return None
        return {
            "ics": url,
            "webcal": webcal_url(url),
            "google": google_calendar_url(entry),
            "outlook": outlook_calendar_url(entry),
        }

    def calendar_view(self, request):
        # The same for every visitor to this host: kept until the page, a page in it or the
        # page it belongs to (a part's edition) changes.
        parent = (self._routed_ancestors() or [None])[-1]
        entries = per_change.for_page(
            self,
            request,
            f"calendar-entries:{request.get_host()}",
            lambda: list(self.get_calendar_entries(request)),
            also=[parent.pk] if parent is not None else [],
        )
        return calendar_response(self.get_calendar_title(), entries, self.get_calendar_title())

    def get_alternate_links(self, request=None):
        return [
            *super().get_alternate_links(request),
            (
                "text/calendar",
                _("Calendar: %(title)s") % {"title": self.get_calendar_title()},
                self.get_calendar_url(request),
            ),
        ]
