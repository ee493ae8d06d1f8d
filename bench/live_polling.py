"""500 open live-coverage pages polling the updates endpoint, measured with wrk in one run
on a throw-away copy of the demo (bench/stack.py; production settings, SQLite and the
database cache):

1. baseline: the pollers against gunicorn directly (the page cache is inside Django, so
   every poll reaches Django; most are answered from the page cache or with a 304);
2. the same pollers through Varnish with deploy/varnish.vcl in front of gunicorn.

wrk keeps one connection per page (`-c 500 -t 2`) and runs bench/wrk/poller.lua: like
static/live/live.js, each GET sends If-None-Match with the last ETag seen, one poll every
INTERVAL seconds on average per page (`--interval 0`: back to back, a load test instead).
Meanwhile an editor posts an update every POST_EVERY seconds from a separate process
(which purges Varnish as the admin does). Requests that reached Django are counted in
Django (bench/counting.py, first in the middleware). gunicorn and Varnish keep idle
connections open longer than an interval, so a page polls on its own connection, as a
browser does while the server lets it. Bounded: SECONDS per target.

    .venv/bin/python bench/live_polling.py [--pollers 500] [--seconds 30] [--interval 10]
        [--post-every 5]
"""

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import RequestCount, Stack, free_port, get, program

SETUP = """
import datetime as dt
from django.utils import timezone
from events.models import SummitPage
from live.models import LiveCoveragePage, LiveUpdate
summit = SummitPage.objects.get(slug="2023")
page = LiveCoveragePage(title="Benchmark live coverage (synthetic)", slug="bench-live",
                        status="live", standfirst="Synthetic coverage for bench/live_polling.py")
summit.add_child(instance=page)
page.save_revision().publish()
for n in range(20):
    LiveUpdate.objects.create(page=page, posted_at=timezone.now() - dt.timedelta(minutes=n),
                              text=f"<p>Synthetic benchmark update {n}.</p>")
print(page.url)
"""
# The editor: says "ready" once Django is up (wrk starts then), then posts an update every
# BENCH_POST_EVERY seconds for BENCH_SECONDS, and prints how many it posted.
EDITOR = """
import os, time
from django.utils import timezone
from live.models import LiveCoveragePage, LiveUpdate
page = LiveCoveragePage.objects.get(slug="bench-live")
every, posts = float(os.environ["BENCH_POST_EVERY"]), 0
until = time.monotonic() + float(os.environ["BENCH_SECONDS"])
print("ready", flush=True)
while time.monotonic() + every < until:
    time.sleep(every)
    LiveUpdate.objects.create(page=page, posted_at=timezone.now(), text="<p>Synthetic post.</p>")
    posts += 1
print(posts)
"""
KEEP_ALIVE = 60  # seconds, longer than any interval


def run(stack, port, path, options, count, editor_env=None):
    """wrk against `port` while the editor posts; the figures of one target."""
    # The page's HTML carries the stream's version: live.js starts with it as its ETag.
    etag = get(port, path)[0].getheader("ETag")
    before = int(count)
    env = {**(editor_env or {}), "BENCH_POST_EVERY": str(options.post_every)}
    env["BENCH_SECONDS"] = str(options.seconds)
    editor = stack.start(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", EDITOR],
        env,
        stdout=subprocess.PIPE,
        text=True,
    )
    editor.stdout.readline()  # "ready"
    result = stack.wrk(
        port,
        path,
        connections=options.pollers,
        seconds=options.seconds,
        scripts=["poller.lua"],
        lua_vars={"POLL_MS": int(options.interval * 1000), "INITIAL_ETAG": etag},
    )
    result["reached"] = int(count) - before
    result["posts"] = int(editor.communicate(timeout=options.seconds + 60)[0].split()[-1])
    return result


def report(name, result):
    statuses = result["statuses"]
    sent = result["requests"]
    not_modified = statuses.get("304", 0)
    print(
        f"   {name:20} {sent:7} {statuses.get('200', 0):6} {not_modified:6} "
        f"{100 * not_modified / max(sent, 1):5.1f} % {result['errors']:6} "
        f"{result['reached']:8} {100 * result['reached'] / max(sent, 1):5.1f} % "
        f"{result['p50_us'] / 1000:7.1f} {result['p99_us'] / 1000:8.1f} {result['posts']:5}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pollers", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--interval", type=float, default=10, help="seconds between polls")
    parser.add_argument("--post-every", type=float, default=5, help="seconds between posts")
    options = parser.parse_args()
    if not program("wrk", "/usr/bin/wrk"):
        print("wrk not installed (Debian package wrk): skipped")
        return 0

    gunicorn = ["-w", "2", "-k", "gthread", "--threads", "8", "--keep-alive", str(KEEP_ALIVE)]
    with Stack("bench-live", settings="bench.settings") as stack:
        stack.build_demo()
        path = stack.shell(SETUP) + "updates/"
        pace = f"one GET each {options.interval:g} s" if options.interval else "back to back"
        print(
            f"{options.pollers} pollers (wrk -c {options.pollers} -t 2 -d {options.seconds}s), "
            f"{pace} with If-None-Match, an update posted every {options.post_every:g} s: {path}"
        )
        print(
            f"\n   {'':20} {'sent':>7} {'200':>6} {'304':>6} {'share':>7} {'errors':>6} "
            f"{'reached Django':>16} {'p50 ms':>7} {'p99 ms':>8} {'posts':>5}"
        )

        # 1. gunicorn directly.
        direct = RequestCount(stack, "direct")
        port = stack.gunicorn(*gunicorn, extra_env=direct.env)
        report("gunicorn (baseline)", run(stack, port, path, options, direct))

        # 2. Through Varnish, purged by the editor's process.
        behind = RequestCount(stack, "behind")
        varnish_port = free_port()
        purge_env = {"VARNISH_URL": f"http://127.0.0.1:{varnish_port}"}
        app_port = stack.gunicorn(*gunicorn, extra_env={**behind.env, **purge_env})
        params = ["thread_pool_max=1000", f"timeout_idle={KEEP_ALIVE}"]
        if not stack.varnish(app_port, port=varnish_port, params=params):
            print("   Varnish not installed (Debian package varnish): skipped")
            return 0
        report("Varnish -> gunicorn", run(stack, varnish_port, path, options, behind, purge_env))
    return 0


if __name__ == "__main__":
    sys.exit(main())
