"""Listings cost the same number of queries whatever the number of items they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.factories import full_article

URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/?type=news.ArticlePage&fields=bylines,tags,source,summit,image",
    "/api/v2/images/",
]


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", URLS)
def test_listing_query_count_is_flat(client, content, url):
    client.get(url)  # renditions made once
    few = _queries(client, url)
    for n in range(6):
        full_article(content["news"], title=f"More {n}", related_summit=content["summit"])
    client.get(url)
    assert _queries(client, url) <= few, url
