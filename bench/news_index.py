"""Benchmark: the news index and an article page with N articles, for two sizes.

Prints queries and mean time per request for each size, and the ratio of the larger size
against the smaller one measured in the same run (a ratio near 1.0 means the page does not
slow down as the archive grows). Runs on a throw-away SQLite database unless DATABASE_URL
is set.

    .venv/bin/python bench/news_index.py [--small 10] [--large 200] [--repeat 20]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
_tmpdir = tempfile.mkdtemp(prefix="bench-news-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_tmpdir}/bench.sqlite3")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from tests.factories import HomePageFactory, ImageFactory  # noqa: E402
from tests.news.factories import NewsIndexPageFactory, full_article, make_articles  # noqa: E402


def setup_site():
    call_command("migrate", verbosity=0, interactive=False)
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, title="Bench home", slug="home")
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    index = NewsIndexPageFactory(parent=home)
    article = full_article(index, title="Benchmarked article")
    return index, article


def measure(client, url, repeat):
    client.get(url)  # warm: renditions, site and settings caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    queries = len(ctx.captured_queries)  # now: later requests reset the query log
    assert response.status_code == 200, (url, response.status_code)
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    return queries, statistics.mean(timings)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()

    with override_settings(DEBUG=False):
        index, article = setup_site()
        client = Client()
        image = ImageFactory()
        urls = {"index": "/news/", "tag listing": "/news/tag/wuzhen/", "article": article.url}
        results = {}
        created = 1
        for size in (args.small, args.large):
            make_articles(index, size - created, tags=["Wuzhen", "Summit"], lead_image=image)
            created = size
            for name, url in urls.items():
                results[(name, size)] = measure(client, url, args.repeat)

    print(f"news pages, {args.repeat} requests each ({connection.vendor})")
    print(f"{'page':<12} {'articles':>8} {'queries':>8} {'ms/req':>8} {'ratio':>6}")
    for name in urls:
        base_queries, base_ms = results[(name, args.small)]
        for size in (args.small, args.large):
            queries, ms = results[(name, size)]
            print(f"{name:<12} {size:>8} {queries:>8} {ms:>8.1f} {ms / base_ms:>6.2f}")
        if results[(name, args.large)][0] != base_queries:
            print(f"  ! {name}: query count grew from {base_queries}")


if __name__ == "__main__":
    main()
