"""Benchmark: the public pages at 1,000 and at 100,000 synthetic articles (generate_bulk).

Builds a throw-away database (a temporary SQLite file, or with --database-url a uniquely
named PostgreSQL database that is dropped at the end), migrates it, runs load_demo and then
`generate_bulk` at the small size, measures every page in URLS, deletes the synthetic data,
generates again at the large size and measures again. Recognitions are a tenth of the
articles (100 at 1,000 and 10,000 at 100,000). The page cache is off, so every request does
its real work. Prints, per page, queries and median ms at both sizes and the ratio
large/small; a ratio above 1.5 is flagged. Takes long at the default sizes (bench/run.py
skips it unless asked for by name or with --all).

    .venv/bin/python bench/scale.py [--small 1000] [--large 100000] [--repeat 5]
    .venv/bin/python bench/scale.py --large 20000 --pages search  # the three searches only
    .venv/bin/python bench/scale.py --database-url postgres://user:pass@localhost:5432/postgres
"""

import argparse
import io
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
warnings.filterwarnings("ignore", message="No directory at")  # whitenoise: no collectstatic

# Easy to change: (name, URL). Addresses of synthetic data come from demo/bulk/markers.py.
URLS = [
    ("news index", "/news/"),
    ("tag page", "/news/tag/bulk-topic-1/"),
    ("year archive", "/news/2008/"),
    ("month archive", "/news/2008/05/"),
    ("RSS feed", "/news/feed/rss/"),
    ("Atom feed", "/news/feed/atom/"),
    ("sitemap", "/sitemap.xml"),
    ("search common", "/search/?q=digital"),
    ("search rare", "/search/?q=heliotrope"),
    ("search Chinese", f"/search/?q={quote('数字')}"),
    ("recognitions", "/awards/recognitions/"),
    ("award programme", "/awards/bulk-awards/"),
    ("API articles", "/api/v2/pages/?type=news.ArticlePage"),
    ("API recognitions", "/api/v2/recognitions/"),
]
RATIO_LIMIT = 1.5  # issue 16: every page within 1.5x of its time at 1,000 articles


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1000, help="articles for the baseline")
    parser.add_argument("--large", type=int, default=100_000, help="articles for the large run")
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page")
    parser.add_argument("--seed", type=int, default=2023)
    parser.add_argument(
        "--database-url",
        help="PostgreSQL server to use (a database is created there and dropped at the end)",
    )
    parser.add_argument("--no-progress", action="store_true", help="no generate_bulk bar")
    parser.add_argument(
        "--pages",
        default="",
        help="only the pages whose name contains this (e.g. --pages search)",
    )
    return parser.parse_args()


class PostgresScratch:
    """A uniquely named database on the server of `url`, dropped on exit."""

    def __init__(self, url):
        import psycopg

        self.psycopg = psycopg
        parts = urlsplit(url)
        self.admin_url = url
        self.name = f"bench_scale_{uuid.uuid4().hex[:12]}"
        self.url = urlunsplit(parts._replace(path=f"/{self.name}"))

    def _execute(self, sql):
        with self.psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(sql)

    def __enter__(self):
        self._execute(f'CREATE DATABASE "{self.name}"')
        return self.url

    def __exit__(self, *exc):
        from django.db import connections

        connections.close_all()
        self._execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def measure(client, url, repeat):
    """(status, queries, median ms, median CPU ms of this process); all but the status are
    None unless the page answers 200. On a shared machine the CPU time of the process is the
    steadier figure: with SQLite it holds the database's work too (not PostgreSQL's)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm: renditions, site and settings caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    if response.status_code != 200:
        return response.status_code, None, None, None
    queries = len(ctx.captured_queries)
    timings, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return 200, queries, statistics.median(timings), statistics.median(cpu)


def analyze():
    """Fresh planner statistics after a bulk load, as autovacuum would gather them soon
    after on PostgreSQL (without them it plans every search as if the tables were empty)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def generate(articles, seed, no_progress):
    """Run generate_bulk with a tenth as many recognitions; return its duration in seconds."""
    from django.core.management import call_command

    start = time.perf_counter()
    call_command(
        "generate_bulk",
        articles=articles,
        recognitions=articles // 10,
        seed=seed,
        no_progress=no_progress,
        stdout=io.StringIO(),
    )
    return time.perf_counter() - start


def run(args, media_root):
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    urls = [(name, url) for name, url in URLS if args.pages.lower() in name.lower()]
    # Rate limits off: the search pages are asked for more often than a visitor may.
    overrides = {"PAGE_CACHE_SECONDS": 0, "MEDIA_ROOT": media_root, "RATELIMIT_ENABLE": False}
    with override_settings(DEBUG=False, **overrides):
        call_command("migrate", verbosity=0, interactive=False)
        call_command("load_demo", stdout=io.StringIO())
        client = Client()
        results, durations = {}, {}
        for size in (args.small, args.large):
            if size != args.small:
                call_command("generate_bulk", delete=True, no_progress=True, stdout=io.StringIO())
            durations[size] = generate(size, args.seed, args.no_progress)
            analyze()
            for name, url in urls:
                results[(name, size)] = measure(client, url, args.repeat)
        report(args, connection.vendor, results, durations, urls)


def _cell(value, fmt):
    return "-" if value is None else format(value, fmt)


def report(args, vendor, results, durations, urls):
    small, large = args.small, args.large
    print(f"\npages at {small} and {large} synthetic articles, uncached, ", end="")
    print(f"median of {args.repeat} requests ({vendor})")
    for size in (small, large):
        print(
            f"generate_bulk --articles {size} --recognitions {size // 10}: {durations[size]:.1f} s"
        )
    print(
        f"\n{'page':<18} {'q small':>7} {'q large':>7} {'ms small':>9} {'ms large':>9} {'ratio':>6}"
        f" {'cpu ratio':>9}"
    )
    flagged = []
    for name, _url in urls:
        status_s, q_s, ms_s, cpu_s = results[(name, small)]
        status_l, q_l, ms_l, cpu_l = results[(name, large)]
        ratio = ms_l / ms_s if ms_s and ms_l is not None else None
        cpu_ratio = cpu_l / cpu_s if cpu_s and cpu_l is not None else None
        notes = []
        if ratio is not None and ratio > RATIO_LIMIT:
            notes.append(f"! ratio > {RATIO_LIMIT}")
            flagged.append(name)
        if q_s is not None and q_l is not None and q_l != q_s:
            notes.append("! queries grew")
        for label, status in (("small", status_s), ("large", status_l)):
            if status != 200:
                notes.append(f"! HTTP {status} at {label}")
                flagged.append(name)
        print(
            f"{name:<18} {_cell(q_s, 'd'):>7} {_cell(q_l, 'd'):>7} {_cell(ms_s, '.1f'):>9} "
            f"{_cell(ms_l, '.1f'):>9} {_cell(ratio, '.2f'):>6} {_cell(cpu_ratio, '.2f'):>9}  "
            f"{' '.join(notes)}".rstrip()
        )
    if flagged:
        print(f"\nFlagged: {', '.join(dict.fromkeys(flagged))}")


def main():
    args = parse_args()
    tmpdir = tempfile.mkdtemp(prefix="bench-scale-")
    try:
        if args.database_url:
            scratch = PostgresScratch(args.database_url)
            with scratch as url:
                os.environ["DATABASE_URL"] = url
                _setup_and_run(args, tmpdir)
        else:
            os.environ["DATABASE_URL"] = f"sqlite:///{tmpdir}/bench.sqlite3"
            _setup_and_run(args, tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)  # a GB of SQLite file at 100,000 articles


def _setup_and_run(args, tmpdir):
    import django

    django.setup()
    run(args, os.path.join(tmpdir, "media"))


if __name__ == "__main__":
    main()
