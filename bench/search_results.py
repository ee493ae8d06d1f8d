"""Benchmark: the search results page with 5 and with 50 matches.

Prints queries and median time per request for each size and the ratio of the larger one
against the 5-match baseline measured in the same run. The query count must not grow (ratio
1.00); time grows only with the search itself, not with the number of matches shown.

    .venv/bin/python bench/search_results.py            # SQLite (throw-away test database)
    DATABASE_URL=postgres://... .venv/bin/python bench/search_results.py
"""

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
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

REPEAT = 15


def build_site():
    from wagtail.models import Page, Site

    from portal.models import HomePage, StandardPage

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Bench home", slug="home"))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home, StandardPage


def add_pages(home, model, start, stop):
    for number in range(start, stop):
        page = model(
            title=f"Synthetic bench page {number}",
            slug=f"bench-{number}",
            listing_summary="Synthetic benchmark text about the benchmark summit.",
            body=[
                ("paragraph", f"<p>Synthetic paragraph {number} about the benchmark summit.</p>")
            ],
        )
        home.add_child(instance=page)


def measure(client):
    client.get("/search/", {"q": "benchmark"})  # warm-up
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": "benchmark"})
    query_count = len(queries)  # read now: every request clears the connection's log
    timings = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        response = client.get("/search/", {"q": "benchmark"})
        timings.append(time.perf_counter() - started)
        assert response.status_code == 200
    return query_count, statistics.median(timings) * 1000


def main():
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, keepdb=False)
    try:
        home, model = build_site()
        client = Client()
        add_pages(home, model, 0, 5)
        base_queries, base_ms = measure(client)
        add_pages(home, model, 5, 50)
        big_queries, big_ms = measure(client)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(f"database: {connection.vendor}")
    print(f"{'matches':>8} {'queries':>8} {'ms/request':>11}")
    print(f"{5:>8} {base_queries:>8} {base_ms:>11.1f}")
    print(f"{50:>8} {big_queries:>8} {big_ms:>11.1f}")
    print(f"ratio 50/5: queries {big_queries / base_queries:.2f}, time {big_ms / base_ms:.2f}")


if __name__ == "__main__":
    main()
