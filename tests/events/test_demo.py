"""load_demo builds the 2023 edition from the facts sheet, once."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.documents import get_document_model
from wagtail.models import Page

from events.models import EventPage, SummitPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=io.StringIO())
    return SummitPage.objects.get(locale__language_code="en", year=2023)


def test_edition_page_shows_the_key_figures(client, demo):
    response = client.get("/summits/2023/")

    html = response.content.decode()
    assert response.status_code == 200
    for figure in ("126", "1,800", "580", "1,005", "81"):
        assert f'<span class="key-figure__value">{figure}</span>' in html
    assert "8–10 November 2023" in html
    assert "Building an Inclusive, Beneficial and Resilient Digital World" in html
    assert "建设包容、普惠、有韧性的数字世界" in html


def test_demo_has_every_part_of_the_edition(demo):
    parts = {page.title: page for page in EventPage.objects.child_of(demo)}
    assert EventPage.objects.child_of(demo).filter(kind="sub_forum").get().theme == (
        "Digital Economy Leads the Construction of a Modern Industrial System"
    )
    assert len([p for p in parts.values() if p.kind == "special_event"]) == 3
    competition = parts["“Straight to Wuzhen” Competition"]
    assert [t.name for t in competition.tracks.all()] == [
        "Artificial intelligence",
        "Connected cars",
        "Digital ocean",
        "Space",
    ]
    assert {(f.metric, int(f.number)) for f in competition.figures.all()} == {
        ("projects", 1005),
        ("project_countries", 23),
        ("finalists", 81),
    }
    assert "World Internet Science and Technology Museum Opens" in parts
    # Every "first" links to its page: events' own parts, and (linked by the awards demo,
    # which loads after events) the three award programmes.
    assert not demo.highlights.filter(link_page__isnull=True).exists()
    assert demo.highlights.count() == 5
    assert demo.host_city_indicators.count() == 5


def test_publications_are_pdf_documents(client, demo):
    publications = list(demo.publications.select_related("document"))
    assert [p.display_title for p in publications] == [
        "Sovereignty in Cyberspace: Theory and Practice",
        "China Internet Development Report 2023",
        "World Internet Development Report 2023",
    ]
    assert publications[0].version == "4.0"
    for publication in publications:
        with publication.document.file.open("rb") as handle:
            data = handle.read()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def test_demo_calendar_parses(client, demo):
    calendar = Calendar.from_ical(client.get("/summits/2023/calendar.ics").content)
    events = calendar.walk("VEVENT")
    parts = EventPage.objects.child_of(
        SummitPage.objects.get(locale__language_code="en", year=2023)
    )
    assert len(events) == 1 + parts.count()  # the edition and its parts (not its coverage)
    # The facts give days only, for the edition and its parts: all-day events, 8 to 10 November.
    assert {(event.decoded("DTSTART"), event.decoded("DTEND")) for event in events} == {
        (dt.date(2023, 11, 8), dt.date(2023, 11, 11))
    }


def test_load_demo_twice_changes_nothing(demo):
    counts = (Page.objects.count(), get_document_model().objects.count())
    call_command("load_demo", stdout=io.StringIO())
    assert (Page.objects.count(), get_document_model().objects.count()) == counts
    assert SummitPage.objects.get(locale__language_code="en", year=2023).key_figures.count() == 4


def test_search_for_wuzhen_finds_the_edition(client, demo):
    html = client.get("/search/", {"q": "乌镇"}).content.decode()
    assert "2023 Wuzhen Summit" in html
