"""Benchmark: the awards listings with 10 and with 200 recognitions.

Builds a throw-away test database, renders the programme page, the edition page, the
all-recognitions route and the JSON API with 10 recognitions (the baseline) and then with
200, and prints queries and time per request and the ratios against the baseline measured
in the same run. Synthetic data only.

    .venv/bin/python bench/awards_listing.py [--repeat 20]
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

from django.core.signals import request_finished  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_test_environment,
    teardown_test_environment,
)

URLS = [
    "/awards/bench-programme/",
    "/awards/bench-programme/2023/",
    "/awards/recognitions/?country=CN",
    "/api/v2/recognitions/?limit=100",  # the largest page the API gives
]


def build_site():
    from wagtail.models import Page, Site

    from awards.models import AwardsIndexPage
    from portal.models import HomePage
    from tests.awards.factories import (
        AwardCategoryFactory,
        AwardEditionPageFactory,
        AwardProgramPageFactory,
        HonoureeFactory,
    )

    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = root.add_child(instance=HomePage(title="Bench home", slug="home"))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    index = home.add_child(instance=AwardsIndexPage(title="Awards", slug="awards"))
    programme = AwardProgramPageFactory(
        parent=index, title="Bench Programme", slug="bench-programme"
    )
    category = AwardCategoryFactory(programme=programme, name="Bench Category", slug="bench")
    edition = AwardEditionPageFactory(parent=programme, year=2023)
    honourees = [HonoureeFactory() for _ in range(5)]
    return edition, category, honourees


def add_recognitions(count, edition, category, honourees):
    from tests.awards.factories import RecognitionFactory

    for i in range(count):
        RecognitionFactory(
            edition=edition,
            category=category,
            country=("CN", "FR", "KE", "BR")[i % 4],
            honourees=[honourees[i % len(honourees)]],
        )


def measure(client, url, repeat):
    client.get(url)  # warm up
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    query_count = len(queries)  # read now: the next request resets the query log
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append(time.perf_counter() - start)
    return query_count, statistics.median(timings) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    # As in Django's TestCase: keep the (in-memory) test database open across requests.
    request_finished.disconnect(close_old_connections)
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        edition, category, honourees = build_site()
        client = Client()
        add_recognitions(10, edition, category, honourees)
        baseline = {url: measure(client, url, args.repeat) for url in URLS}
        add_recognitions(190, edition, category, honourees)
        large = {url: measure(client, url, args.repeat) for url in URLS}
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        teardown_test_environment()

    print(
        f"{'listing':40} {'q@10':>5} {'q@200':>6} {'ms@10':>8} {'ms@200':>8} {'q ratio':>8} {'ms ratio':>9}"
    )
    for url in URLS:
        (q10, t10), (q200, t200) = baseline[url], large[url]
        print(
            f"{url:40} {q10:>5} {q200:>6} {t10:>8.1f} {t200:>8.1f} "
            f"{q200 / q10:>8.2f} {t200 / t10:>9.2f}"
        )
    print("(pages show 25 rows and the API 100 per page; the time ratio reflects facets,")
    print(" counts and charts computed over all rows; the query ratio must stay 1.00)")


if __name__ == "__main__":
    main()
