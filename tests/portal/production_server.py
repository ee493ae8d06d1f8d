"""The application as it runs in production, for tests that put a real server in front:
gunicorn with deploy/gunicorn.conf.py and portal.settings.production, on a free port, on
the test's own database (a copy of the in-memory SQLite one, or the PostgreSQL test
database itself) and the test's MEDIA_ROOT."""

import contextlib
import http.client
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings

from tests.network import free_port, wait_for_port

ROOT = Path(__file__).resolve().parents[2]
SECRET_KEY = "production-test-" + "k2P9xQ7mZ4" * 5


def world_readable_dir(prefix):
    """A temporary folder that servers running as another user (nginx's) can read."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


def collect_static(static_root):
    """The manifest production's static storage needs to render any page (a 404, say)."""
    env = {**production_env(), "STATIC_ROOT": str(static_root)}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        PAGE_CACHE_SECONDS="0",
        **extra,
    )
    return env


def login_cookie(user):
    """A session cookie for `user` that the production server accepts (its SECRET_KEY)."""
    with override_settings(SECRET_KEY=SECRET_KEY):
        client = Client()
        client.force_login(user)
        return f"sessionid={client.cookies['sessionid'].value}"


def database_url(workdir):
    """The test database for another process; call it once the data is in place."""
    settings = connection.settings_dict
    call_command("createcachetable", "portal_cache")  # production's database cache
    if settings["ENGINE"].endswith("sqlite3"):
        copy = workdir / "db.sqlite3"
        connection.ensure_connection()
        with contextlib.closing(sqlite3.connect(copy)) as target:
            connection.connection.backup(target)
        copy.chmod(0o644)
        return f"sqlite:///{copy}"
    user = settings["USER"]
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


@contextlib.contextmanager
def gunicorn(env):
    port = free_port()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "portal.wsgi"],
            cwd=ROOT,
            env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        try:
            if not wait_for_port(port, process=process):
                log.seek(0)
                raise RuntimeError(f"gunicorn did not start: {log.read().decode()[-3000:]}")
            yield port
        finally:
            process.terminate()
            process.wait(timeout=15)


def get(port, path, cookie=None):
    """One GET with the path sent as it is (no normalising, no redirect followed)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    try:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        return response.status, response.headers, response.read()
    finally:
        conn.close()
