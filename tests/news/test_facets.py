"""The news filter form's facets are computed once per change: a warm request reads them
from the shared cache, a publish under the index shows in them, a cache that is down
only makes them slower."""

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from tests.network import free_port, redis_caches

from .factories import ArticlePageFactory, ChannelFactory, SourceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tagged(news_index):
    daily = SourceFactory(name="Synthetic Daily", slug="daily")
    channel = ChannelFactory(name="Synthetic Channel", slug="channel")
    ArticlePageFactory(parent=news_index, tags=["Wuzhen", "Summit"], source=daily)
    ArticlePageFactory(parent=news_index, tags=["Wuzhen"], channel=channel)
    return news_index


def get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), [q["sql"] for q in queries.captured_queries]


def aggregates(sql):
    return [q for q in sql if "GROUP BY" in q.upper()]


def test_the_facets_count_the_articles(client, tagged):
    html, _sql = get(client, "/news/")
    assert ">Wuzhen (2)</option>" in html
    assert ">Summit (1)</option>" in html
    assert ">Synthetic Daily</option>" in html
    assert ">Synthetic Channel</option>" in html


def test_a_warm_request_does_not_aggregate_the_archive(client, tagged):
    cold_html, cold = get(client, "/news/")
    warm_html, warm = get(client, "/news/tag/wuzhen/")
    assert aggregates(cold), "the first request counts the tags"
    assert aggregates(warm) == []
    assert len(warm) <= len(cold) - 4  # tags, sources, channels, months
    assert ">Wuzhen (2)</option>" in warm_html


def test_a_published_article_shows_in_the_facets(client, tagged):
    get(client, "/news/")
    article = ArticlePageFactory(parent=tagged, live=False, tags=["Beijing", "Wuzhen"])
    html, _sql = get(client, "/news/")
    assert "Beijing" not in html  # a draft is not in them

    article.save_revision().publish()
    html, sql = get(client, "/news/")
    assert aggregates(sql), "the publish dropped the cached facets"
    assert ">Beijing (1)</option>" in html
    assert ">Wuzhen (3)</option>" in html


def test_an_unpublished_article_leaves_the_facets(client, tagged):
    article = ArticlePageFactory(parent=tagged, tags=["Beijing"])
    assert ">Beijing (1)</option>" in get(client, "/news/")[0]
    article.unpublish()
    assert "Beijing" not in get(client, "/news/")[0]


def test_a_cache_that_is_down_computes_them(tagged):
    with override_settings(CACHES=redis_caches(free_port())):
        html, sql = get(Client(), "/news/")
    assert ">Wuzhen (2)</option>" in html
    assert aggregates(sql)
