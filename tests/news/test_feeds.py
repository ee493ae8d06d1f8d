import datetime

import feedparser
import pytest

from news.feeds import FEED_LENGTH
from tests.factories import StandardPageFactory

from .factories import ArticlePageFactory, full_article

pytestmark = pytest.mark.django_db


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(
    ("url", "version", "content_type"),
    [
        ("/news/feed/rss/", "rss20", "application/rss+xml"),
        ("/news/feed/atom/", "atom10", "application/atom+xml"),
    ],
)
def test_feed_parses_with_every_item_field(client, news_index, url, version, content_type):
    article = full_article(news_index, title="Synthetic closing", standfirst="The full summary.")
    ArticlePageFactory.create_batch(2, parent=news_index)
    ArticlePageFactory(parent=news_index, live=False, title="Draft")

    response, feed = parse(client, url)

    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert len(feed.entries) == 3
    entry = feed.entries[0]
    assert entry.title == "Synthetic closing"
    assert entry.link == f"http://testserver{article.url}"
    assert "The full summary." in entry.summary
    assert "Synthetic Reporter" in entry.author and "Synthetic Editor" not in entry.author
    assert [tag.term for tag in entry.tags] == ["Wuzhen", "Summit"]
    published = datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC)
    assert published == datetime.datetime(2023, 11, 10, 18, 52, 32, tzinfo=datetime.UTC)
    enclosure = next(link for link in entry.links if link.rel == "enclosure")
    assert enclosure.type == "image/jpeg"
    assert enclosure.href.startswith("http://testserver/media/")
    assert int(enclosure.length) > 0
    assert "Draft" not in [e.title for e in feed.entries]


def test_atom_feed_carries_updated_date(client, news_index):
    full_article(news_index)
    _response, feed = parse(client, "/news/feed/atom/")
    updated = datetime.datetime(*feed.entries[0].updated_parsed[:6], tzinfo=datetime.UTC)
    assert updated == datetime.datetime(2023, 11, 10, 23, 52, 32, tzinfo=datetime.UTC)


def test_feed_is_capped(client, news_index):
    ArticlePageFactory.create_batch(FEED_LENGTH + 2, parent=news_index)
    _response, feed = parse(client, "/news/feed/rss/")
    assert len(feed.entries) == FEED_LENGTH


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_tag_and_summit_feeds_hold_only_their_articles(client, news_index, kind):
    summit = StandardPageFactory(
        parent=news_index.get_parent(), title="Synthetic Summit", slug="2023"
    )
    ArticlePageFactory(parent=news_index, title="Tagged", tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="About the summit", related_summit=summit)
    ArticlePageFactory(parent=news_index, title="Both", tags=["Wuzhen"], related_summit=summit)
    ArticlePageFactory(parent=news_index, title="Neither", tags=["Other"])

    _r, tag_feed = parse(client, f"/news/tag/wuzhen/feed/{kind}/")
    _r, summit_feed = parse(client, f"/news/summit/2023/feed/{kind}/")

    assert sorted(e.title for e in tag_feed.entries) == ["Both", "Tagged"]
    assert "Wuzhen" in tag_feed.feed.title
    assert sorted(e.title for e in summit_feed.entries) == ["About the summit", "Both"]
    assert "Synthetic Summit" in summit_feed.feed.title


def test_empty_feed_still_parses(client, news_index):
    _response, feed = parse(client, "/news/feed/rss/")
    assert feed.entries == []


@pytest.mark.parametrize(
    "url", ["/news/tag/missing/feed/rss/", "/news/summit/missing/feed/atom/", "/news/feed/json/"]
)
def test_unknown_feed_is_404(client, news_index, url):
    assert client.get(url).status_code == 404
