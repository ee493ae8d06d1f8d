"""Benchmark: render an edition page with a small and a large programme.

Builds a throwaway test database, an edition with SMALL and then LARGE synthetic events
(each with two figures and one agenda session), and requests the edition page and its
calendar REPEAT times for each size. Prints queries and mean time per request and the ratio of
the large size against the small baseline measured in the same run.

    .venv/bin/python bench/events_edition.py [--small 10] [--large 100] [--repeat 20]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django

django.setup()

from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)


def build_site():
    from wagtail.models import Page, Site

    from tests.events.factories import SummitIndexPageFactory, SummitPageFactory
    from tests.factories import HomePageFactory

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, title="Bench home", slug="home")
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    series = SummitIndexPageFactory(parent=home)
    return SummitPageFactory(parent=series, year=2030)


def measure(client, url, repeat):
    client.get(url)  # warm caches
    reset_queries()  # each request clears the log: start the capture from an empty one
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.status_code
    query_count = len(queries.captured_queries)  # read now: later requests clear the log
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - start)
    return query_count, statistics.mean(timings) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--large", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    from tests.events.helpers import add_events

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        edition = build_site()
        client = Client()
        results = {}
        add_events(edition, args.small)
        for size in (args.small, args.large):
            if size == args.large:
                add_events(edition, args.large - args.small)
            results[size] = {
                "page": measure(client, "/summits/2030/", args.repeat),
                "ics": measure(client, "/summits/2030/calendar.ics", args.repeat),
            }
        print(f"Edition page and calendar, mean of {args.repeat} requests")
        print(f"{'events':>8} {'what':>6} {'queries':>8} {'ms/request':>11} {'ratio':>7}")
        for size, rows in results.items():
            for what, (queries, ms) in rows.items():
                base_queries, base_ms = results[args.small][what]
                print(
                    f"{size:>8} {what:>6} {queries:>8} {ms:>11.1f} {ms / base_ms:>7.2f}"
                    f"  (queries x{queries / base_queries:.2f})"
                )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()


if __name__ == "__main__":
    main()
