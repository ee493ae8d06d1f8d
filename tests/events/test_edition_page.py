"""What a visitor sees on the edition and event pages."""

import pytest

from events.models import Highlight, KeyFigure, PartSpeaker
from tests.cache_helpers import empty
from tests.factories import PersonFactory

from .factories import (
    EventPageFactory,
    KeyFigureFactory,
    PartFigureFactory,
    SubForumFactory,
    shanghai,
)
from .helpers import add_events

pytestmark = pytest.mark.django_db


def test_edition_page_shows_theme_dates_in_its_zone_and_key_figures(client, edition):
    edition.theme_native = "建设包容、普惠、有韧性的数字世界"
    edition.save()
    KeyFigureFactory(page=edition, metric="countries", number=126, note="a record")
    KeyFigureFactory(page=edition, metric="guests", number=1800, qualifier="more_than")

    html = client.get("/summits/2030/").content.decode()

    assert "A synthetic theme for tests" in html
    assert "建设包容、普惠、有韧性的数字世界" in html
    # 09:00 in Shanghai is 01:00 UTC: the page must show Shanghai time.
    assert "8 November 2030, 09:00" in html
    assert "CST" in html or "Asia/Shanghai" in html
    assert '<span class="key-figure__value">126</span>' in html
    assert '<span class="key-figure__qualifier">more than</span>' in html
    assert '<span class="key-figure__value">1,800</span>' in html
    assert "a record" in html


def test_edition_page_lists_parts_by_kind_with_times_and_figures(client, edition):
    forum = SubForumFactory(
        parent=edition,
        title="Synthetic Forum",
        start=shanghai(2030, 11, 9, 14, 0),
        end=shanghai(2030, 11, 9, 17, 30),
    )
    expo = EventPageFactory(parent=edition, title="Synthetic Expo", kind="expo")
    PartFigureFactory(page=expo, metric="exhibitors", number=580, qualifier="more_than")

    html = client.get("/summits/2030/").content.decode()
    html = html[html.index('id="programme-title"') :]

    assert 'id="programme-sub_forum"' in html
    assert 'id="programme-expo"' in html
    assert html.index("Synthetic Forum") < html.index("Synthetic Expo")
    assert f'href="{forum.url}"' in html
    assert "9 November 2030, 14:00–17:30" in html
    assert "During the summit" in html  # the expo has no times of its own
    assert '<span class="key-figure__value">580</span>' in html


def test_highlights_link_to_their_page_or_stand_alone(client, edition):
    museum = EventPageFactory(parent=edition, title="Synthetic Museum", kind="opening")
    Highlight.objects.create(page=edition, title="Museum opens", link_page=museum)
    Highlight.objects.create(page=edition, title="An award given for the first time")

    html = client.get("/summits/2030/").content.decode()

    assert f'<a href="{museum.url}">Museum opens</a>' in html
    assert "An award given for the first time</h3>" in html


def test_event_page_shows_speakers_agenda_and_figures_in_local_time(client, edition):
    event = EventPageFactory(parent=edition, title="Synthetic Conference", kind="special_event")
    person = PersonFactory(name="Synthetic Speaker")
    PartSpeaker.objects.create(page=event, person=person, role="Moderator")
    PartFigureFactory(
        page=event, metric="deal_value", number=100_000_000_000, qualifier="more_than", unit="yuan"
    )
    from .factories import AgendaSessionFactory

    session = AgendaSessionFactory(
        page=event,
        title="Opening session",
        start=shanghai(2030, 11, 8, 9, 30),
        end=shanghai(2030, 11, 8, 10, 15),
    )
    session.speakers.add(person)

    html = client.get(event.url).content.decode()

    assert "Synthetic Speaker" in html and "Moderator" in html
    assert "Opening session" in html
    assert "8 Nov, 09:30" in html and "10:15" in html
    assert "100 billion yuan" in html
    assert f'<p class="eyebrow">Special event · <a href="{edition.url}">' in html


def test_competition_tracks_are_listed(client, edition):
    from events.models import CompetitionTrack

    competition = EventPageFactory(parent=edition, kind="competition", title="Synthetic Cup")
    CompetitionTrack.objects.create(page=competition, name="Digital ocean", finalist_count=7)

    html = client.get(competition.url).content.decode()

    assert "Digital ocean" in html
    assert "<td>7</td>" in html


def test_publications_offer_their_documents(client, edition):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    from demo.pdf import make_pdf
    from events.models import Publication

    document = get_document_model()(title="Synthetic Report 2030")
    document.file.save("synthetic-report.pdf", ContentFile(make_pdf("Synthetic Report", ["x"])))
    Publication.objects.create(page=edition, document=document, version="4.0")

    html = client.get("/summits/2030/").content.decode()

    assert "Synthetic Report 2030" in html
    assert document.url in html
    assert "version 4.0" in html
    assert document.file.read().startswith(b"%PDF-1.4")


def test_key_figures_keep_their_order(client, edition):
    KeyFigure.objects.create(page=edition, metric="guests", number=2, sort_order=1)
    KeyFigure.objects.create(page=edition, metric="countries", number=1, sort_order=0)

    html = client.get("/summits/2030/").content.decode()
    html = html[html.index("<main") :]

    assert html.index("Countries and regions taking part") < html.index("Guests")


# Two of them are the languages: the active Locale (Wagtail's routing) and the page's
# translations (the switcher, hreflang, og:locale: portal/i18n.py).
EDITION_PAGE_QUERY_BUDGET = 26


def test_query_count_does_not_grow_with_the_number_of_events(
    client, edition, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Both measured requests follow a warm-up (process-level caches) and start from an empty
    # shared cache, so that other test processes clearing Redis cannot make them differ.
    add_events(edition, 3)
    client.get("/summits/2030/")
    empty(cache)
    with CaptureQueriesContext(connection) as small:
        assert client.get("/summits/2030/").status_code == 200
    small_count = len(small.captured_queries)  # read now: the next request resets the log

    add_events(edition, 27)
    client.get("/summits/2030/")
    empty(cache)
    with django_assert_num_queries(small_count):
        html = client.get("/summits/2030/").content.decode()
    assert html.count('class="programme-item"') == 30
    assert small_count <= EDITION_PAGE_QUERY_BUDGET


def test_event_page_query_count_does_not_grow_with_sessions(client, edition):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    small_event, big_event = add_events(edition, 1, sessions_each=2) + add_events(
        edition, 1, sessions_each=20
    )
    client.get(small_event.url)
    empty(cache)
    with CaptureQueriesContext(connection) as small:
        client.get(small_event.url)
    small_count = len(small.captured_queries)  # read now: the next request resets the log
    client.get(big_event.url)
    empty(cache)
    with CaptureQueriesContext(connection) as big:
        client.get(big_event.url)
    assert len(big.captured_queries) == small_count > 0


def test_the_kind_picks_the_template_of_a_part(client, edition):
    forum = SubForumFactory(parent=edition, title="Synthetic Forum")
    expo = EventPageFactory(parent=edition, title="Synthetic Expo", kind="expo")

    forum_response, expo_response = client.get(forum.url), client.get(expo.url)

    assert forum_response.templates[0].name == "events/sub_forum_page.html"
    assert 'class="page-event page-sub-forum"' in forum_response.content.decode()
    assert expo_response.templates[0].name == "events/event_page.html"
    assert "page-sub-forum" not in expo_response.content.decode()
