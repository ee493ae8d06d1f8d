"""500 open live-coverage pages polling the updates endpoint, measured in one run on a
throw-away copy of the demo (SQLite and the database cache, as `make run` has it):

1. baseline: the pollers against gunicorn directly (the page cache is inside Django, so
   every poll reaches Django; most are answered from the page cache or with a 304);
2. the same pollers through Varnish with deploy/varnish.vcl in front of gunicorn.

Each poller behaves like static/live/live.js: one GET every INTERVAL seconds (starts spread
over the first interval) with If-None-Match of the last ETag. Meanwhile an editor posts an
update every POST_EVERY seconds (from a separate process, which purges Varnish as the admin
does). Requests that reached Django are the lines of gunicorn's access log. wrk is not used:
plain Python threads, a new connection per poll. Bounded: SECONDS per target.

    .venv/bin/python bench/live_polling.py [--pollers 500] [--seconds 40] [--interval 10]
"""

import argparse
import http.client
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
POST_EVERY = 15

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
POST = """
from django.utils import timezone
from live.models import LiveCoveragePage, LiveUpdate
page = LiveCoveragePage.objects.get(slug="bench-live")
LiveUpdate.objects.create(page=page, posted_at=timezone.now(), text="<p>Synthetic post.</p>")
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {port}")


class Poller(threading.Thread):
    def __init__(self, port, path, interval, stop_at, results):
        super().__init__(daemon=True)
        self.port, self.path, self.interval = port, path, interval
        self.stop_at, self.results = stop_at, results
        self.etag = None

    def run(self):
        time.sleep(random.uniform(0, self.interval))
        while time.monotonic() < self.stop_at:
            started = time.monotonic()
            # A new connection per poll: servers close idle keep-alive connections well
            # before the next poll (gunicorn after 2 s, Varnish after 5 s), as browsers see.
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            try:
                headers = {"If-None-Match": self.etag} if self.etag else {}
                conn.request("GET", self.path, headers=headers)
                response = conn.getresponse()
                response.read()
                self.etag = response.getheader("ETag") or self.etag
                status = response.status
            except (OSError, http.client.HTTPException):
                status = "error"
            finally:
                conn.close()
            self.results.append((status, time.monotonic() - started))
            time.sleep(max(0.0, self.interval - (time.monotonic() - started)))


def run_pollers(port, path, pollers, seconds, interval, post):
    results = []
    stop_at = time.monotonic() + seconds
    threads = [Poller(port, path, interval, stop_at, results) for _ in range(pollers)]
    for thread in threads:
        thread.start()
    posts = 0
    next_post = time.monotonic() + POST_EVERY
    while time.monotonic() < stop_at:
        if time.monotonic() >= next_post:
            post()
            posts += 1
            next_post += POST_EVERY
        time.sleep(0.2)
    for thread in threads:
        thread.join(timeout=interval + 35)
    return results, posts


def count_updates_lines(log_file, path):
    if not log_file.exists():
        return 0
    return sum(1 for line in log_file.read_text().splitlines() if path in line)


def report(name, results, reached, posts):
    statuses = Counter(status for status, _ in results)
    latencies = sorted(latency for status, latency in results if status != "error")
    p50 = statistics.median(latencies) * 1000 if latencies else float("nan")
    p95 = latencies[int(len(latencies) * 0.95) - 1] * 1000 if latencies else float("nan")
    share = 100 * reached / len(results) if results else 0
    print(
        f"   {name:22} {len(results):6} polls  200: {statuses.get(200, 0):5}  "
        f"304: {statuses.get(304, 0):5}  errors: {statuses.get('error', 0):3}  "
        f"reached Django: {reached:6} ({share:5.1f} %)  p50 {p50:6.1f} ms  p95 {p95:7.1f} ms  "
        f"posts: {posts}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pollers", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--interval", type=float, default=10)
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-live-"))
    work.chmod(0o755)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "PAGE_CACHE_SECONDS": "300",
        "CACHE_KEY_PREFIX": "bench-live",
    }
    processes = []

    def start(args, extra_env=None):
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**env, **(extra_env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(process)
        return process

    def manage(*args, extra_env=None):
        return subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env={**env, **(extra_env or {})},
            check=True,
            capture_output=True,
            text=True,
        )

    def gunicorn(port, log_file, extra_env=None):
        args = [PYTHON, "-m", "gunicorn", "-w", "2", "-k", "gthread", "--threads", "8"]
        args += ["-b", f"127.0.0.1:{port}", "--access-logfile", str(log_file), "portal.wsgi"]
        start(args, extra_env)
        wait_for(port)

    try:
        print("building the demo in a throw-away database...", flush=True)
        manage("migrate", "--noinput")
        manage("load_demo")
        page_path = manage("shell", "--no-imports", "-c", SETUP).stdout.strip().splitlines()[-1]
        path = page_path + "updates/"
        print(
            f"{options.pollers} pollers, one GET each {options.interval:g} s with If-None-Match, "
            f"{options.seconds} s per target, an update posted every {POST_EVERY} s: {path}"
        )

        # 1. gunicorn directly.
        direct_port, direct_log = free_port(), work / "direct.log"
        gunicorn(direct_port, direct_log)

        def post_direct():
            manage("shell", "--no-imports", "-c", POST)

        results, posts = run_pollers(
            direct_port, path, options.pollers, options.seconds, options.interval, post_direct
        )
        print("\nupdates endpoint, 500 open pages")
        report("gunicorn (baseline)", results, count_updates_lines(direct_log, path), posts)

        # 2. Through Varnish.
        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        if not os.access(varnishd, os.X_OK):
            print("   Varnish not installed (Debian package varnish): skipped")
            return 0
        varnish_port, app_port, app_log = free_port(), free_port(), work / "behind.log"
        purge_env = {"VARNISH_URL": f"http://127.0.0.1:{varnish_port}"}
        gunicorn(app_port, app_log, purge_env)
        vcl = (ROOT / "deploy/varnish.vcl").read_text()
        vcl = re.sub(r'\.port = "8000";', f'.port = "{app_port}";', vcl, count=1)
        (work / "varnish.vcl").write_text(vcl)
        (work / "varnish.vcl").chmod(0o644)
        args = [varnishd, "-F", "-n", str(work / "varnish"), "-a", f"127.0.0.1:{varnish_port}"]
        start(
            [
                *args,
                "-f",
                str(work / "varnish.vcl"),
                "-s",
                "malloc,64m",
                "-p",
                "thread_pool_max=1000",
            ]
        )
        wait_for(varnish_port)

        def post_purging():
            manage("shell", "--no-imports", "-c", POST, extra_env=purge_env)

        results, posts = run_pollers(
            varnish_port, path, options.pollers, options.seconds, options.interval, post_purging
        )
        report("Varnish -> gunicorn", results, count_updates_lines(app_log, path), posts)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
