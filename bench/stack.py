"""What the HTTP benchmarks share (cache_layers.py, http_article.py, live_polling.py): a
throw-away copy of the demo (SQLite, the database cache every process shares, media in the
work directory), gunicorn and Varnish (deploy/varnish.vcl) on free ports, and wrk with the
Lua scripts of bench/wrk/. Not a benchmark itself: bench/run.py skips it.

    with Stack("bench-x", settings="bench.settings") as stack:
        stack.build_demo()
        port = stack.gunicorn("-w", "2")
        result = stack.wrk(port, "/news/", connections=16, seconds=10)
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
WRK_SCRIPTS = Path(__file__).resolve().parent / "wrk"
# bench/settings.py is production's: these make it run over plain HTTP on this machine.
PRODUCTION_LIKE = {
    "SECRET_KEY": "bench-" + "x" * 60,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_HSTS_SECONDS": "0",
    "SECURE_COOKIES": "false",
    "LOG_LEVEL": "WARNING",
}


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


def get(port, path, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    body = response.read().decode()
    conn.close()
    return response, body


def program(name, debian_path):
    """The path of an installed program, or None."""
    path = shutil.which(name) or debian_path
    return path if os.access(path, os.X_OK) else None


class Stack:
    """A work directory, the environment of every process, and the processes started, all
    stopped and removed on leaving the `with` block."""

    def __init__(self, name, settings="portal.settings.dev", env=None):
        self.work = Path(tempfile.mkdtemp(prefix=f"{name}-"))
        self.work.chmod(0o755)  # Varnish reads its VCL as an unprivileged user
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
            "DJANGO_SETTINGS_MODULE": settings,
            "DEBUG": "false",
            "DATABASE_URL": f"sqlite:///{self.work / 'db.sqlite3'}",
            "MEDIA_ROOT": str(self.work / "media"),
            "PAGE_CACHE_SECONDS": "300",
            "CACHE_KEY_PREFIX": name,
            **(PRODUCTION_LIKE if settings.startswith("bench.") else {}),
            **(env or {}),
        }
        self.processes = []

    def __enter__(self):
        # A TERM (`timeout`, a CI job cancelled) stops the servers too, as Ctrl-C does.
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        return self

    def __exit__(self, *exc_info):
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(self.work, ignore_errors=True)

    def start(self, args, extra_env=None, **kwargs):
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        kwargs.setdefault("stderr", subprocess.DEVNULL)
        process = subprocess.Popen(args, cwd=ROOT, env={**self.env, **(extra_env or {})}, **kwargs)
        self.processes.append(process)
        return process

    def manage(self, *args, extra_env=None):
        return subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **(extra_env or {})},
            check=True,
            capture_output=True,
            text=True,
        )

    def shell(self, code, extra_env=None):
        """Run `code` in `manage.py shell`; its last printed line."""
        output = self.manage("shell", "--no-imports", "-c", code, extra_env=extra_env).stdout
        return output.strip().splitlines()[-1] if output.strip() else ""

    def build_demo(self):
        print("building the demo in a throw-away database...", flush=True)
        self.manage("migrate", "--noinput")
        self.manage("load_demo")

    def render(self, path):
        """GET `path` once inside `manage.py shell`, with no server's timeout: the first
        render of a demo page makes its image renditions (AVIF is slow on a busy machine)."""
        code = (
            "from django.test import Client;"
            f"print(Client(HTTP_HOST='127.0.0.1').get({path!r}).status_code)"
        )
        status = self.shell(code)
        if status != "200":
            raise RuntimeError(f"{path}: {status}")

    def gunicorn(self, *options, extra_env=None):
        """gunicorn serving portal.wsgi with `options` on a free port, once it listens."""
        port = free_port()
        args = [PYTHON, "-m", "gunicorn", *options, "-b", f"127.0.0.1:{port}", "portal.wsgi"]
        self.start(args, extra_env)
        wait_for(port)
        return port

    def varnish(self, backend_port, port=None, params=()):
        """Varnish with deploy/varnish.vcl as it is but for the backend's port, or None
        when Varnish is not installed (Debian package varnish)."""
        varnishd = program("varnishd", "/usr/sbin/varnishd")
        if not varnishd:
            return None
        port = port or free_port()
        vcl = (ROOT / "deploy/varnish.vcl").read_text()
        vcl = re.sub(r'\.port = "8000";', f'.port = "{backend_port}";', vcl, count=1)
        path = self.work / f"varnish-{port}.vcl"
        path.write_text(vcl)
        path.chmod(0o644)
        args = [varnishd, "-F", "-n", str(self.work / f"varnish-{port}"), "-a", f"127.0.0.1:{port}"]
        args += ["-f", str(path), "-s", "malloc,64m"]
        for param in params:
            args += ["-p", param]
        self.start(args)
        wait_for(port)
        return port

    def wrk(self, port, path, connections, seconds, threads=2, scripts=(), lua_vars=None):
        """One wrk run; what bench/wrk/report.lua printed: requests, duration_us, statuses
        (answers by status), errors, p50_us, p99_us (latencies in microseconds)."""
        wrk = program("wrk", "/usr/bin/wrk")
        if not wrk:
            raise RuntimeError("wrk is not installed (Debian package wrk)")
        lua = [f"{name} = {json.dumps(value)}" for name, value in (lua_vars or {}).items()]
        lua += [(WRK_SCRIPTS / name).read_text() for name in (*scripts, "report.lua")]
        script = self.work / f"wrk-{time.monotonic_ns()}.lua"
        script.write_text("\n".join(lua))
        args = [wrk, "-c", str(connections), "-t", str(threads), "-d", f"{seconds}s"]
        args += ["--timeout", "30s", "-s", str(script), f"http://127.0.0.1:{port}{path}"]
        output = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        line = next(line for line in output.splitlines() if line.startswith("WRK-JSON "))
        result = json.loads(line.removeprefix("WRK-JSON "))
        result["rps"] = result["requests"] / (result["duration_us"] / 1e6)
        return result


class RequestCount:
    """The requests that reached Django in the processes given `env` (bench/counting.py
    appends a byte to the file per request)."""

    def __init__(self, stack, name):
        self.path = stack.work / f"{name}.count"
        self.path.touch()
        self.env = {"BENCH_COUNT_FILE": str(self.path)}

    def __int__(self):
        return self.path.stat().st_size
