"""The article over HTTP against a bare Django view, with wrk, in one run on a throw-away
copy of the demo (bench/stack.py): gunicorn with deploy/gunicorn.conf.py and production
settings (bench/settings.py: DEBUG off, SQLite and the database cache), two workers.

1. bare: a Django `HttpResponse` of the article's size (bench/urls.py, a bench-only URLconf),
   through the whole middleware stack: what Django and gunicorn cost without the page;
2. the recap article uncached: a gunicorn whose page cache is off renders it every time;
3. the recap article cached: a gunicorn whose page cache is warm answers from it.

Each is warmed by a few requests, then measured with `wrk -c CONNECTIONS -t 2 -d SECONDS`
and printed as requests/s and p50/p99 latency with the ratios to the bare view.
CONNECTIONS defaults to twice the server's threads: every thread stays busy, and the
latency is mostly the work, not a queue. Workers are not recycled during the run
(`--max-requests 0`, where production recycles every ~2,000 requests).

    .venv/bin/python bench/http_article.py [--seconds 15] [--connections 8]

Issue 16 calls it bench/http.py; a script named http.py in bench/ would hide the standard
library's `http` package from every script of the folder (Python puts a script's folder
first on its path), Django included.
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Stack, get, program

RECAP = "tenth-wuzhen-summit-closes"
GUNICORN = ["-c", "deploy/gunicorn.conf.py", "--max-requests", "0"]
WORKERS = {"GUNICORN_WORKERS": "2"}


def measure(stack, port, path, options):
    # Warm-up, one request at a time: a wrk burst would leave a queue that the measured
    # run inherits.
    for _ in range(8):
        get(port, path)
    result = stack.wrk(port, path, connections=options.connections, seconds=options.seconds)
    if result["errors"] or set(result["statuses"]) != {"200"}:
        raise RuntimeError(f"{path}: {result['statuses']}, {result['errors']} socket errors")
    return result


def check_cache(port, path, expected):
    answer = get(port, path)[0].getheader("X-Page-Cache")
    if (answer == "hit") != (expected == "hit"):
        raise RuntimeError(f"{path} on {port}: page cache {answer!r}, expected {expected}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    options = parser.parse_args()
    if not program("wrk", "/usr/bin/wrk"):
        print("wrk not installed (Debian package wrk): skipped")
        return 0

    with Stack("bench-http", settings="bench.settings") as stack:
        stack.build_demo()
        path = stack.shell(
            f"from news.models import ArticlePage; print(ArticlePage.objects.get(slug={RECAP!r}).url)"
        )
        stack.render(path)
        uncached = stack.gunicorn(*GUNICORN, extra_env={**WORKERS, "PAGE_CACHE_SECONDS": "0"})
        cached = stack.gunicorn(*GUNICORN, extra_env={**WORKERS, "PAGE_CACHE_SECONDS": "300"})
        size = len(get(uncached, path)[1].encode())
        bare = f"/__bench__/bare/{size}/"
        print(
            f"{path} ({size / 1024:.0f} KB), gunicorn 2 workers x 2 threads, "
            f"wrk -c {options.connections} -t 2 -d {options.seconds}s each"
        )
        results = [
            (f"bare HttpResponse, {size / 1024:.0f} KB", measure(stack, uncached, bare, options))
        ]
        check_cache(uncached, path, "off")
        results.append(("article, uncached", measure(stack, uncached, path, options)))
        get(cached, path)
        check_cache(cached, path, "hit")
        results.append(("article, page cache", measure(stack, cached, path, options)))

        base = results[0][1]
        print(
            f"\n   {'':28} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'req/s vs bare':>14} {'p50 vs bare':>12}"
        )
        for name, result in results:
            print(
                f"   {name:28} {result['rps']:8.0f} {result['p50_us'] / 1000:8.1f} "
                f"{result['p99_us'] / 1000:8.1f} {result['rps'] / base['rps']:13.3f}x "
                f"{result['p50_us'] / base['p50_us']:11.1f}x"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
