"""Benchmark: a commentable page with 3 vs 300 approved comments (a third of them replies).

Prints queries and mean time per request for each, and the ratio against the 3-comment
baseline measured in the same run. Run: .venv/bin/python bench/comments_article.py
(uses a throw-away test database; DATABASE_URL / REDIS_URL apply as in the tests)."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))


def build_site():
    from wagtail.models import Page, Site

    from comments.models import Comment
    from news.models import ArticlePage, NewsIndexPage
    from portal.models import HomePage

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Bench home", slug="home"))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    news = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    for slug, count in (("few", 3), ("many", 300)):
        page = news.add_child(
            instance=ArticlePage(title=f"Synthetic article {slug}", slug=slug, comments_open=True)
        )
        tops = Comment.objects.bulk_create(
            Comment(
                page=page,
                author_name=f"Synthetic Reader {n}",
                author_email=f"reader{n}@example.org",
                body=f"Synthetic benchmark comment {n} with a link https://example.org/{n}",
                status=Comment.Status.APPROVED,
            )
            for n in range(count - count // 3)
        )
        Comment.objects.bulk_create(
            Comment(
                page=page,
                parent=tops[n % len(tops)],
                author_name="Synthetic Replier",
                author_email="replier@example.org",
                body=f"Synthetic reply {n}",
                status=Comment.Status.APPROVED,
            )
            for n in range(count // 3)
        )


def measure(client, url):
    client.get(url)  # warm up
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    queries = len(captured)  # read now: the next request resets the query log
    timings = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        response = client.get(url)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200
    return queries, statistics.mean(timings) * 1000


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        build_site()
        client = Client()
        few_q, few_ms = measure(client, "/news/few/")
        many_q, many_ms = measure(client, "/news/many/")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()
    print(f"{'page':<24}{'queries':>8}{'ms/request':>12}")
    print(f"{'3 comments (baseline)':<24}{few_q:>8}{few_ms:>12.1f}")
    print(f"{'300 comments':<24}{many_q:>8}{many_ms:>12.1f}")
    print(f"ratio 300/3: queries {many_q / few_q:.2f}x, time {many_ms / few_ms:.2f}x")


if __name__ == "__main__":
    main()
