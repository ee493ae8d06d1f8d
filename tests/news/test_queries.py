"""Query budgets: the count does not grow with the number of articles."""

import pytest

from tests.factories import ImageFactory, StandardPageFactory

from .factories import full_article, make_articles
from .helpers import count_queries

pytestmark = pytest.mark.django_db


def add_articles(parent, count, summit=None):
    image = ImageFactory()
    return make_articles(
        parent, count, tags=["Wuzhen", "Summit"], lead_image=image, related_summit=summit
    )


def test_index_query_count_is_the_same_for_5_and_50_articles(client, news_index):
    add_articles(news_index, 5)
    small = count_queries(client, "/news/")
    add_articles(news_index, 45)
    large = count_queries(client, "/news/")
    assert small == large
    assert large <= 20


def test_filtered_index_query_count_is_the_same_for_5_and_50_articles(client, news_index):
    add_articles(news_index, 5)
    url = "/news/tag/wuzhen/?year=2026&page=1"
    small = count_queries(client, "/news/tag/wuzhen/")
    add_articles(news_index, 45)
    large = count_queries(client, "/news/tag/wuzhen/")
    assert small == large
    assert client.get(url).status_code in (200, 404)


def test_article_query_count_is_the_same_with_5_or_50_related_articles(client, news_index):
    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    article = full_article(news_index, related_summit=summit)
    add_articles(news_index, 5, summit)
    small = count_queries(client, article.url)
    add_articles(news_index, 45, summit)
    large = count_queries(client, article.url)
    assert small == large
    assert large <= 25


def test_feed_query_count_is_the_same_for_5_and_50_articles(client, news_index):
    add_articles(news_index, 5)
    small = count_queries(client, "/news/feed/rss/")
    add_articles(news_index, 45)
    large = count_queries(client, "/news/feed/rss/")
    assert small == large


def test_related_news_on_a_page_has_a_fixed_query_count(news_index, rf):
    from news.related import articles_about_context

    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    request = rf.get("/")
    news_index.get_url(request)  # as on a real page, the site's root paths are known
    add_articles(news_index, 2, summit)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        few = articles_about_context(summit, request)
    add_articles(news_index, 20, summit)
    with CaptureQueriesContext(connection) as large:
        many = articles_about_context(summit, request)
    assert len(few["articles"]) == 2 and few["more_url"] is None
    assert len(many["articles"]) == 4 and many["more_url"] == f"/news/?about={summit.pk}"
    assert len(small) == len(large)
