"""When the cache server or the database goes away, visitors get pages or a clear 503, and
a comment is never lost: stored (held for moderation) or handed back in its form."""

import shutil
import signal
import socket
import subprocess
import time
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client, override_settings

from comments.models import Comment
from tests.comments.conftest import form_data, post_url

pytestmark = [pytest.mark.django_db]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_caches(port):
    """settings/base.py's two aliases, on a Redis of the test's own."""
    shared = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{port}/0",
        "KEY_PREFIX": "outage-test",
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
    default = {**shared, "OPTIONS": {**shared["OPTIONS"], "IGNORE_EXCEPTIONS": True}}
    return {"default": default, "shared": shared}


@pytest.fixture
def own_redis():
    """A redis-server of this test alone (never the machine's), stopped by its pid."""
    if not shutil.which("redis-server"):
        pytest.skip("redis-server is not installed")
    port = free_port()
    process = subprocess.Popen(
        ["redis-server", "--port", str(port), "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                process.kill()
                raise
            time.sleep(0.05)
    yield port, process
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)


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
