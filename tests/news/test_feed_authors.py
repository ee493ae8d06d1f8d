"""Atom feeds name their author at feed level (RFC 4287 4.1.1): the site's organisation."""

import xml.etree.ElementTree as ET

import feedparser
import pytest

from portal.models import SiteBranding

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def tagged_news(news_index, site):
    SiteBranding.objects.update_or_create(site=site, defaults={"site_name": "Wuzhen Watch"})
    # No byline of its own: the feed-level author is what covers such an entry.
    ArticlePageFactory(parent=news_index, tags=["Wuzhen"])
    return news_index


@pytest.mark.parametrize("url", ["/news/feed/atom/", "/news/tag/wuzhen/feed/atom/"])
def test_atom_feeds_have_the_site_as_feed_level_author(client, tagged_news, url):
    response = client.get(url)
    assert response.status_code == 200

    root = ET.fromstring(response.content)
    authors = root.findall(f"{ATOM}author")
    assert [author.findtext(f"{ATOM}name") for author in authors] == ["Wuzhen Watch"]
    assert authors[0].findtext(f"{ATOM}uri") == "http://testserver/"
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.author == "Wuzhen Watch"
    assert "author" not in feed.entries[0]  # the entry without a byline relies on it
