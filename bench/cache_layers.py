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
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stack import Stack, free_port, get, program, wait_for

CLIENTS = 4
REQUESTS = 400


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
    with Stack("bench-cache") as stack:
        stack.build_demo()
        path = stack.shell(
            "from news.models import ArticlePage;"
            "print(ArticlePage.objects.live().order_by('-published_at').first().url)"
        )

        varnish_port = free_port() if program("varnishd", "/usr/sbin/varnishd") else None
        purge_env = {"VARNISH_URL": f"http://127.0.0.1:{varnish_port}"} if varnish_port else {}
        app_ports = [stack.gunicorn("-w", "1", extra_env=purge_env) for _ in range(2)]
        uncached_port = stack.gunicorn("-w", "1", extra_env={"PAGE_CACHE_SECONDS": "0"})
        if varnish_port:
            stack.varnish(app_ports[0], port=varnish_port)
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
        published_at = float(stack.shell(script, extra_env=purge_env))
        print("\n1. publish -> visible (goal under 1 s)")
        for name, port in readers:
            while "(benchmark edit)" not in get(port, path)[1]:
                if time.time() - published_at > 30:
                    raise RuntimeError(f"{name} still stale after 30 s")
                time.sleep(0.01)
            print(f"   {name:15} {time.time() - published_at:6.3f} s after the publish")

        # 2. Varnish against nginx serving the same HTML from a file.
        print(f"\n2. a cached article, {CLIENTS} clients x {REQUESTS} requests")
        nginx = program("nginx", "/usr/sbin/nginx")
        if varnish_port and nginx:
            work = stack.work
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
            stack.start([nginx, "-c", str(work / "nginx.conf"), "-p", str(work)])
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
