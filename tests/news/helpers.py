import json
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext


def json_ld_blocks(html):
    return [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def news_article_json_ld(html):
    return next(block for block in json_ld_blocks(html) if block.get("@type") == "NewsArticle")


def count_queries(client, url, runs=2):
    """Queries of a GET after a warm-up request (renditions, site and settings caches).

    The lowest of `runs` measurements: on a shared Redis, another test process's
    cache.clear() can empty the warm caches between two requests."""
    assert client.get(url).status_code == 200
    counts = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        counts.append(len(ctx.captured_queries))
    return min(counts)
