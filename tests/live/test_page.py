"""The coverage page as a visitor reads it: the stream, the summary, the zone, the archive."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from live.models import LiveCoveragePage
from tests.events.factories import EventPageFactory
from tests.factories import ImageFactory, PersonFactory

from .factories import LiveCoveragePageFactory, LiveUpdateFactory

pytestmark = pytest.mark.django_db


def _stream_ids(html):
    return [int(i) for i in re.findall(r'data-update-id="(\d+)"', html)]


def test_stream_newest_first_with_times_in_the_events_zone(client, coverage):
    early = LiveUpdateFactory(
        page=coverage,
        posted_at=dt.datetime(2030, 11, 10, 1, 30, tzinfo=dt.UTC),
        text="<p>Doors open at the expo centre.</p>",
    )
    late = LiveUpdateFactory(
        page=coverage,
        posted_at=dt.datetime(2030, 11, 10, 9, 5, tzinfo=dt.UTC),
        text="<p>The closing ceremony begins.</p>",
    )
    response = client.get(coverage.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert _stream_ids(html) == [late.pk, early.pk]
    # 01:30 UTC is 09:30 in Shanghai, the edition's zone.
    assert 'datetime="2030-11-10T09:30:00+08:00">09:30</time>' in html
    assert "17:05</time>" in html
    assert "Synthetic coverage of a synthetic day" in html
    assert 'class="live-status live-status--live"' in html


def test_key_updates_are_summarised_at_the_top(client, coverage):
    LiveUpdateFactory(page=coverage, text="<p>A routine note about coffee.</p>")
    key = LiveUpdateFactory(page=coverage, is_key=True, text="<p>Seventy projects signed.</p>")
    html = client.get(coverage.url).content.decode()
    summary = html.split('id="key-updates-title"')[1].split("</section>")[0]
    assert f'href="#update-{key.pk}"' in summary
    assert "Seventy projects signed." in summary
    assert "coffee" not in summary


def test_an_update_shows_its_author_figure_quote_image_and_link(client, coverage):
    LiveUpdateFactory(
        page=coverage,
        author=PersonFactory(name="Synthetic Reporter"),
        figure_value="1,005",
        figure_label="projects entered",
        quote="A synthetic sentence worth quoting.",
        quote_by="A synthetic speaker",
        image=ImageFactory(alt_text="Synthetic hall with a stage"),
        embed_url="https://video.example.org/watch/1",
    )
    html = client.get(coverage.url).content.decode()
    assert "Synthetic Reporter" in html
    assert "<strong>1,005</strong> projects entered" in html
    assert "A synthetic sentence worth quoting." in html
    assert 'alt="Synthetic hall with a stage"' in html
    assert 'href="https://video.example.org/watch/1"' in html


def test_without_javascript_every_update_and_a_refresh_link(client, coverage):
    updates = LiveUpdateFactory.create_batch(30, page=coverage)
    html = client.get(coverage.url).content.decode()
    assert len(_stream_ids(html)) == len(updates)
    assert f'href="{coverage.url}" data-live-refresh' in html
    assert f'data-live-endpoint="{coverage.url}updates/"' in html
    assert "live/live.js" in html


def test_after_the_event_it_reads_as_an_archive(client, coverage):
    LiveUpdateFactory.create_batch(2, page=coverage)
    coverage.status = "ended"
    coverage.save_revision().publish()
    html = client.get(coverage.url).content.decode()
    assert "Live coverage archive" in html
    assert "Coverage has ended. This archive keeps all 2 updates." in html
    assert "data-live-refresh" not in html
    assert "data-live-endpoint" not in html
    assert "live/live.js" not in html
    assert "All updates" in html


def test_upcoming_coverage_says_it_has_not_started(client, coverage):
    coverage.status = "upcoming"
    coverage.save_revision().publish()
    html = client.get(coverage.url).content.decode()
    assert "Coverage has not started yet." in html
    assert "live/live.js" not in html


def test_it_belongs_under_an_edition_or_one_of_its_parts(edition):
    part = EventPageFactory(parent=edition)
    assert LiveCoveragePage in edition.specific_class.allowed_subpage_models()
    assert LiveCoveragePage in part.specific_class.allowed_subpage_models()
    assert LiveCoveragePage.can_create_at(edition)
    assert not LiveCoveragePage.can_create_at(edition.get_parent())
    coverage = LiveCoveragePageFactory(parent=part)
    # The part's zone is its edition's here.
    assert str(coverage.get_time_zone()) == "Asia/Shanghai"


def test_the_edition_still_lists_its_parts_only(client, edition, coverage):
    EventPageFactory(parent=edition, title="Synthetic expo part")
    html = client.get(edition.url).content.decode()
    assert "Synthetic expo part" in html


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_count_does_not_grow_with_the_updates(client, coverage):
    LiveUpdateFactory.create_batch(2, page=coverage, author=PersonFactory(), image=ImageFactory())
    _queries_for(client, coverage.url)  # renditions made on the first render
    few = _queries_for(client, coverage.url)
    LiveUpdateFactory.create_batch(
        20, page=coverage, author=PersonFactory(), image=ImageFactory(), is_key=True
    )
    _queries_for(client, coverage.url)
    assert _queries_for(client, coverage.url) == few
    assert _queries_for(client, coverage.url + "updates/") <= few
