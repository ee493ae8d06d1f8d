"""The feeds name an XSL stylesheet that browsers use to show them as a page, and they stay
feeds that readers parse."""

import re
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.contrib.staticfiles import finders

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

XSL = "{http://www.w3.org/1999/XSL/Transform}"
FEEDS = ["/news/feed/rss/", "/news/feed/atom/", "/news/tag/wuzhen/feed/atom/"]
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
STYLESHEET_PI = re.compile(
    rb'^<\?xml version="1\.0" encoding="utf-8"\?>\s*<\?xml-stylesheet ([^?]*)\?>\s*<(rss|feed)\b'
)


@pytest.fixture
def news(news_index):
    ArticlePageFactory(parent=news_index, title="Summit closes", tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="Expo opens", tags=["Wuzhen"])
    return news_index


@pytest.mark.parametrize("url", FEEDS)
def test_feeds_name_the_stylesheet_before_their_root_and_still_parse(client, news, url):
    response = client.get(url)
    assert response.status_code == 200

    match = STYLESHEET_PI.match(response.content)
    assert match, response.content[:200]
    assert b'href="/feed.xsl"' in match.group(1) and b'type="text/xsl"' in match.group(1)
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert {entry.title for entry in feed.entries} == {"Summit closes", "Expo opens"}


def test_the_stylesheet_is_served_as_well_formed_xslt(client, news):
    response = client.get("/feed.xsl")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/xsl; charset=utf-8"
    root = ET.fromstring(response.content)
    assert root.tag == f"{XSL}stylesheet"
    matches = {template.get("match") for template in root.iter(f"{XSL}template")}
    assert {"channel", "item", "atom:feed", "atom:entry"} <= matches  # RSS and Atom alike
    # Its page loads the site's own CSS (the CSP allows no inline style).
    [css] = re.findall(r'href="(/static/[^"]+\.css)"', response.content.decode())
    assert finders.find(css.removeprefix("/static/"))
    assert client.head("/feed.xsl").status_code == 200


@pytest.mark.parametrize(
    ("url", "reader_type"),
    [("/news/feed/rss/", "application/rss+xml"), ("/news/feed/atom/", "application/atom+xml")],
)
def test_a_browser_gets_xml_it_styles_and_a_reader_the_feed_type(client, news, url, reader_type):
    """Firefox offers application/rss+xml as a download instead of applying the stylesheet."""
    in_browser = client.get(url, HTTP_ACCEPT=BROWSER_ACCEPT)
    in_reader = client.get(url, HTTP_ACCEPT=f"{reader_type}, application/xml;q=0.9")

    assert in_browser["Content-Type"] == "application/xml; charset=utf-8"
    assert in_reader["Content-Type"].startswith(reader_type)
    assert in_browser.content == in_reader.content
    for response in (in_browser, in_reader):
        assert "Accept" in response["Vary"]
