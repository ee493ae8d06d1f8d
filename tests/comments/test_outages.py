"""When the cache server or the database goes away, visitors get pages or a clear 503, and
a comment is never lost: stored (held for moderation) or handed back in its form."""

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import Client, override_settings

from comments.models import Comment
from tests.comments.conftest import form_data, post_url
from tests.network import CuttableProxy, free_port, redis_caches

pytestmark = [pytest.mark.django_db]
ROOT = Path(__file__).resolve().parents[2]


def test_with_redis_stopped_mid_run_pages_are_served_and_comments_stored(
    own_redis, article, comment_settings, caplog
):
    port, process = own_redis
    with override_settings(CACHES=redis_caches(port), PAGE_CACHE_SECONDS=300):
        assert Client().get("/news/recap/")["X-Page-Cache"] == "miss"
        assert Client().get("/news/recap/")["X-Page-Cache"] == "hit"

        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

        statuses = [Client().get(url).status_code for url in ["/news/recap/", "/news/", "/"] * 5]
        assert statuses == [200] * 15
        for n in range(3):
            response = Client().post(post_url(article), form_data(body=f"Posted in an outage {n}"))
            assert response.status_code == 303
    stored = Comment.objects.order_by("body")
    assert [c.body for c in stored] == [f"Posted in an outage {n}" for n in range(3)]
    # Auto-approval needs the rate limits; without them every comment waits for a moderator.
    assert {(c.status, c.reason) for c in stored} == {
        (Comment.Status.PENDING, Comment.Reason.RATE_UNCHECKED)
    }
    warnings = [r for r in caplog.records if r.name == "portal.cache"]
    assert 1 <= len(warnings) <= 2  # once per interval, not once per request


def _database_down(*args, **kwargs):
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def test_with_the_database_down_a_visitor_gets_a_503_page_with_retry_after(article):
    visitor = Client(raise_request_exception=False)
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=_database_down
    ):
        response = visitor.get("/news/recap/")
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert "briefly unavailable" in html
    assert "Traceback" not in html and "OperationalError" not in html
    assert "no-store" in response["Cache-Control"]
    assert Client().get("/news/recap/").status_code == 200  # and back without a restart


def test_a_comment_posted_while_the_database_is_down_comes_back_filled_in(article):
    visitor = Client(raise_request_exception=False)
    text = "My long remark about the summit, which I do not want to type again."
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor", side_effect=_database_down
    ):
        response = visitor.post(post_url(article), form_data(body=text, author_name="Li Wei"))
    assert response.status_code == 503
    assert int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert text in html and 'value="Li Wei"' in html
    assert f'action="{post_url(article)}"' in html
    assert 'name="csrfmiddlewaretoken" value="' in html
    assert Comment.objects.count() == 0


def _fetch(port, path, data=None):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="needs DATABASE_URL on PostgreSQL, reached through a proxy (CI's second run)",
)
def test_an_app_server_whose_database_is_cut_answers_503_and_recovers(article):
    db = connection.settings_dict
    proxy = CuttableProxy(int(db["PORT"] or 5432))
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if k != "REDIS_URL"},
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}",
        "PAGE_CACHE_SECONDS": "0",
    }
    # The database cache's table: the suite migrated this database with local memory.
    subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "1", "-b", f"127.0.0.1:{port}", "portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _headers, _body = _fetch(port, "/news/recap/")
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert status == 200

        proxy.cut()
        status, headers, body = _fetch(port, "/news/recap/")
        assert status == 503 and int(headers["Retry-After"]) > 0
        assert "briefly unavailable" in body and "Traceback" not in body
        text = "Typed during the outage, and not to be lost."
        form = urllib.parse.urlencode(form_data(body=text)).encode()
        status, headers, body = _fetch(port, post_url(article), data=form)
        assert status == 503 and int(headers["Retry-After"]) > 0
        assert text in body

        proxy.restore()
        deadline = time.monotonic() + 15
        while _fetch(port, "/news/recap/")[0] != 200:  # no restart needed
            assert time.monotonic() < deadline, "still failing after the database came back"
            time.sleep(0.2)
    finally:
        server.terminate()
        server.wait(timeout=10)
        proxy.cut()
