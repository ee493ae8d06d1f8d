"""The cache layers, measured in one run on a throw-away copy of the demo (SQLite, and the
database cache that every process shares, as `make run` has it):

1. publish -> visible: an editor publishes from a separate process (`manage.py shell`);
   seconds until the change shows on two app processes and through Varnish (goal < 1 s);
2. an article from Varnish against nginx serving a saved copy of the same HTML (goal >= 0.5x);
3. gunicorn answering from the page cache against gunicorn rendering every time.

Throughput is requests per second of CLIENTS threads with keep-alive, for REQUESTS each.
Varnish and nginx are Debian packages; a comparison whose server is missing is skipped,
saying so.

    .venv/bin/python bench/cache_layers.py
"""

import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CLIENTS = 4
REQUESTS = 400


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


def get(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path)
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    return response, body


def throughput(port, path):
    """Requests per second of CLIENTS keep-alive clients asking for `path`."""
    errors = []

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(REQUESTS):
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    if errors:
        raise RuntimeError(f"{len(errors)} non-200 answers: {sorted(set(errors))}")
    return CLIENTS * REQUESTS / elapsed


def main():
    work = Path(tempfile.mkdtemp(prefix="bench-cache-"))
    work.chmod(0o755)
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"sqlite:///{work / 'db.sqlite3'}",
        "PAGE_CACHE_SECONDS": "300",
        "CACHE_KEY_PREFIX": "bench",
    }
    processes = []

    def start(args, extra_env=None, **kwargs):
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**env, **(extra_env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **kwargs,
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

    try:
        print("building the demo in a throw-away database...", flush=True)
        manage("migrate", "--noinput")
        manage("load_demo")
        path = manage(
            "shell",
            "--no-imports",
            "-c",
            "from news.models import ArticlePage;"
            "print(ArticlePage.objects.live().order_by('-published_at').first().url)",
        ).stdout.strip()

        varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
        varnish_port = free_port() if os.access(varnishd, os.X_OK) else None
        purge_env = {"VARNISH_URL": f"http://127.0.0.1:{varnish_port}"} if varnish_port else {}
        app_ports = [free_port(), free_port()]
        uncached_port = free_port()
        for port in app_ports:
            start(
                [PYTHON, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "portal.wsgi"],
                purge_env,
            )
        start(
            [
                PYTHON,
                "-m",
                "gunicorn",
                "-w",
                "1",
                "-b",
                f"127.0.0.1:{uncached_port}",
                "portal.wsgi",
            ],
            {"PAGE_CACHE_SECONDS": "0"},
        )
        for port in [*app_ports, uncached_port]:
            wait_for(port)
        if varnish_port:
            vcl = (ROOT / "deploy/varnish.vcl").read_text()
            vcl = re.sub(r'\.port = "8000";', f'.port = "{app_ports[0]}";', vcl, count=1)
            (work / "varnish.vcl").write_text(vcl)
            (work / "varnish.vcl").chmod(0o644)
            args = [varnishd, "-F", "-n", str(work / "varnish"), "-a", f"127.0.0.1:{varnish_port}"]
            start([*args, "-f", str(work / "varnish.vcl"), "-s", "malloc,64m"])
            wait_for(varnish_port)
        else:
            print("Varnish not installed (Debian package varnish): its figures are skipped")

        # 1. Publish -> visible everywhere.
        readers = [("app process 1", app_ports[0]), ("app process 2", app_ports[1])]
        if varnish_port:
            readers.append(("Varnish", varnish_port))
        for _name, port in readers:
            get(port, path), get(port, path)  # cached everywhere
        script = (
            "import time;from news.models import ArticlePage;"
            "a = ArticlePage.objects.live().order_by('-published_at').first();"
            "a.title = a.title + ' (benchmark edit)'; a.save_revision().publish();"
            "print(time.time())"
        )
        published_at = float(
            manage("shell", "--no-imports", "-c", script, extra_env=purge_env).stdout
        )
        print("\n1. publish -> visible (goal under 1 s)")
        for name, port in readers:
            while "(benchmark edit)" not in get(port, path)[1]:
                if time.time() - published_at > 30:
                    raise RuntimeError(f"{name} still stale after 30 s")
                time.sleep(0.01)
            print(f"   {name:15} {time.time() - published_at:6.3f} s after the publish")

        # 2. Varnish against nginx serving the same HTML from a file.
        print(f"\n2. a cached article, {CLIENTS} clients x {REQUESTS} requests")
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if varnish_port and os.access(nginx, os.X_OK):
            get(varnish_port, path)
            html = get(app_ports[0], path)[1]
            (work / "static").mkdir()
            (work / "static" / "page.html").write_text(html)
            nginx_port = free_port()
            (work / "nginx.conf").write_text(
                f"daemon off; pid {work}/nginx.pid; error_log {work}/nginx.err;\n"
                "events {}\n"
                f"http {{ access_log off; client_body_temp_path {work}; proxy_temp_path {work};"
                f" fastcgi_temp_path {work}; uwsgi_temp_path {work}; scgi_temp_path {work};"
                f" server {{ listen 127.0.0.1:{nginx_port}; location / {{ root {work}/static;"
                " default_type text/html; try_files /page.html =404; } } }\n"
            )
            start([nginx, "-c", str(work / "nginx.conf"), "-p", str(work)])
            wait_for(nginx_port)
            nginx_rps = throughput(nginx_port, path)
            varnish_rps = throughput(varnish_port, path)
            print(f"   nginx, a saved copy  {nginx_rps:8.0f} req/s  (baseline)")
            print(
                f"   Varnish              {varnish_rps:8.0f} req/s  {varnish_rps / nginx_rps:5.2f}x"
            )
        else:
            print("   skipped: needs Varnish and nginx (Debian packages varnish, nginx)")

        # 3. gunicorn from the page cache against gunicorn rendering.
        print("\n3. gunicorn, one worker")
        get(app_ports[0], path)
        uncached_rps = throughput(uncached_port, path)
        cached_rps = throughput(app_ports[0], path)
        print(f"   rendering every time {uncached_rps:8.0f} req/s  (baseline)")
        print(f"   from the page cache  {cached_rps:8.0f} req/s  {cached_rps / uncached_rps:5.2f}x")
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
