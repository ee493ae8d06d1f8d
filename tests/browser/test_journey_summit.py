"""A visitor's journey through a summit: the summits index, the latest edition, one of its
sub-forums, and the sub-forum's calendar file (a download that parses as iCalendar)."""

import re
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_summit_edition_sub_forum_and_its_calendar(page):
    from events.models import EventPage, SummitPage

    summit = SummitPage.objects.live().public().order_by("-year").first()
    sub_forum = EventPage.objects.live().public().child_of(summit).filter(kind="sub_forum").first()
    assert summit and sub_forum, "the demo content has a summit with a sub-forum"

    page.goto("/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Wuzhen Summit").click()
    page.get_by_role("main").get_by_role("link", name=summit.title).first.click()
    expect(page).to_have_url(re.compile(re.escape(summit.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(summit.title)

    page.get_by_role("main").get_by_role("link", name=sub_forum.title).first.click()
    expect(page).to_have_url(re.compile(re.escape(sub_forum.url) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(sub_forum.title)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"Download calendar")).click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics"), download.suggested_filename
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    events = calendar.walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == [sub_forum.title]
    assert events[0]["URL"].endswith(sub_forum.url)
