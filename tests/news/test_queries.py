"""Query budgets: the count does not grow with the number of articles."""

import pytest

from tests.cache_helpers import empty
from tests.factories import ImageFactory, StandardPageFactory
from tests.test_query_budgets import ARTICLE_OVER_BUDGET, PAGE_BUDGET

from .factories import full_article, make_articles
from .helpers import count_queries

pytestmark = pytest.mark.django_db


def add_articles(parent, count, summit=None):
    image = ImageFactory()
    return make_articles(
        parent, count, tags=["Wuzhen", "Summit"], lead_image=image, related_summit=summit
    )


# The budgets of every route are in tests/test_query_budgets.py; the same ones here.
BUDGETS = {
    "index": PAGE_BUDGET,
    "tag listing": PAGE_BUDGET,
    "article": ARTICLE_OVER_BUDGET,
    "feed": PAGE_BUDGET,
}


def test_query_counts_are_the_same_for_5_and_50_articles(client, news_index):
    """The index, a filtered listing, an article (with related articles) and the feed."""
    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    article = full_article(news_index, related_summit=summit)
    urls = {
        "index": "/news/",
        "tag listing": "/news/tag/wuzhen/",
        "article": article.url,
        "feed": "/news/feed/rss/",
    }
    add_articles(news_index, 4, summit)
    small = {name: count_queries(client, url) for name, url in urls.items()}
    add_articles(news_index, 45, summit)
    large = {name: count_queries(client, url) for name, url in urls.items()}

    assert small == large
    for name, count in large.items():
        assert count <= BUDGETS[name], (name, count)


def test_related_news_on_a_page_has_a_fixed_query_count(news_index, rf):
    from news.related import articles_about_context

    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    request = rf.get("/")
    news_index.get_url(request)  # as on a real page, the site's root paths are known
    add_articles(news_index, 2, summit)
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # Computed, not read from the per-change cache, both times.
    empty(cache)
    with CaptureQueriesContext(connection) as small:
        few = articles_about_context(summit, request)
    add_articles(news_index, 20, summit)
    empty(cache)
    with CaptureQueriesContext(connection) as large:
        many = articles_about_context(summit, request)
    assert len(few["articles"]) == 2 and few["more_url"] is None
    assert len(many["articles"]) == 4 and many["more_url"] == f"/news/?about={summit.pk}"
    assert len(small) == len(large)
