"""LiveBlogPosting JSON-LD and the RSS and Atom feeds of the updates."""

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET

import pytest

from tests.events.factories import shanghai
from tests.factories import PersonFactory

from .factories import LiveUpdateFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def json_ld_items(html):
    return [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def test_live_blog_posting_with_coverage_times_and_updates(client, coverage):
    coverage.coverage_end = shanghai(2030, 11, 10, 18, 0)
    coverage.save_revision().publish()
    reporter = PersonFactory(name="Synthetic Reporter")
    first = LiveUpdateFactory(page=coverage, text="<p>Doors <b>open</b>.</p>", author=reporter)
    second = LiveUpdateFactory(page=coverage, text="<p>Ceremony begins.</p>")
    html = client.get(coverage.url).content.decode()
    (live,) = [item for item in json_ld_items(html) if item.get("@type") == "LiveBlogPosting"]
    assert live["coverageStartTime"] == "2030-11-10T09:00:00+08:00"
    assert live["coverageEndTime"] == "2030-11-10T18:00:00+08:00"
    updates = live["liveBlogUpdate"]
    assert [u["@type"] for u in updates] == ["BlogPosting", "BlogPosting"]
    assert updates[0]["articleBody"] == "Ceremony begins."
    assert updates[0]["url"].endswith(f"#update-{second.pk}")
    assert updates[1]["articleBody"] == "Doors open."
    assert updates[1]["author"] == {"@type": "Person", "name": "Synthetic Reporter"}
    assert dt.datetime.fromisoformat(updates[1]["datePublished"]) == first.posted_at
    assert live["publisher"]["@type"] == "Organization"


def test_the_page_declares_its_feeds(client, coverage):
    html = client.get(coverage.url).content.decode()
    assert (
        f'type="application/rss+xml" title="{coverage.title}: RSS" href="{coverage.url}feed/rss/"'
        in html
    )
    assert f'href="{coverage.url}feed/atom/"' in html


def test_rss_feed_lists_the_updates_newest_first(client, coverage):
    LiveUpdateFactory(
        page=coverage, text="<p>Doors open.</p>", author=PersonFactory(name="Synthetic Reporter")
    )
    LiveUpdateFactory(page=coverage, text="<p>Ceremony begins.</p>")
    response = client.get(coverage.url + "feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("title") == f"{coverage.title}: live updates"
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Ceremony begins.", "Doors open."]
    assert "<p>Doors open.</p>" in items[1].findtext("description")
    assert "#update-" in items[0].findtext("link")


def test_atom_feed_parses_with_ids_and_dates(client, coverage):
    update = LiveUpdateFactory(page=coverage, text="<p>Doors open.</p>")
    response = client.get(coverage.url + "feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id").endswith(f"#update-{update.pk}")
    assert entry.findtext(f"{ATOM}title") == "Doors open."
    assert dt.datetime.fromisoformat(entry.findtext(f"{ATOM}updated")) == update.updated_at
