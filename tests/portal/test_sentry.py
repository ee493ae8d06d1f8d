"""With SENTRY_DSN set, an error in a view under the production settings reaches Sentry
(here a small HTTP server of the test's own), without the visitor's cookies; without it,
nothing is initialised and nothing is sent."""

import gzip
import json
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli
import pytest

from tests.network import free_port
from tests.portal.test_settings import PRODUCTION_ENV, run_manage

ROOT = Path(__file__).resolve().parents[2]

RAISING_VIEW = """
import os, sys, types
import sentry_sdk
from django.http import HttpResponseServerError
from django.test import Client, override_settings
from django.urls import path

def broken(request):
    raise RuntimeError("the view broke for Sentry to see")

urls = types.ModuleType("sentry_test_urls")
urls.urlpatterns = [path("broken/", broken)]
urls.handler500 = lambda request: HttpResponseServerError("error")  # no templates, no database
sys.modules["sentry_test_urls"] = urls
with override_settings(ROOT_URLCONF="sentry_test_urls"):
    client = Client(raise_request_exception=False, HTTP_HOST="summit.example.org")
    # From the environment: a literal here would travel in the event's source context.
    client.cookies["sessionid"] = os.environ["VISITOR_SESSION"]
    response = client.get("/broken/", secure=True)
print("status", response.status_code)
print("active", sentry_sdk.get_client().is_active())
sentry_sdk.flush(timeout=10)
"""


class SentryStandIn:
    """Records what is POSTed to it, as a Sentry server receives envelopes."""

    def __init__(self):
        self.requests = []
        received = self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                encoding = self.headers.get("Content-Encoding", "")
                if encoding == "gzip":
                    body = gzip.decompress(body)
                elif encoding == "deflate":
                    body = zlib.decompress(body)
                elif encoding == "br":  # sentry-sdk's choice once brotli is installed
                    body = brotli.decompress(body)
                received.append((self.path, body.decode("utf-8", "replace")))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args):
                pass

        self.port = free_port()
        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def events(self):
        """The error events among the envelopes' items."""
        found = []
        for _path, body in self.requests:
            lines = body.splitlines()
            for header, payload in zip(lines[1::2], lines[2::2], strict=False):
                if json.loads(header).get("type") == "event":
                    found.append(json.loads(payload))
        return found


@pytest.fixture
def sentry_server():
    server = SentryStandIn()
    yield server
    server.server.shutdown()
    server.server.server_close()


def run_raising_view(tmp_path, **extra_env):
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        RAISING_VIEW,
        env_overrides={
            **PRODUCTION_ENV,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
            "PAGE_CACHE_SECONDS": "0",
            "VISITOR_SESSION": "visitor-session-cookie-value",
            "SENTRY_DSN": "",
            **extra_env,
        },
    )
    assert result.returncode == 0, result.stderr
    assert "status 500" in result.stdout
    return result.stdout


def test_an_error_in_a_view_reaches_sentry_without_personal_data(sentry_server, tmp_path):
    output = run_raising_view(
        tmp_path,
        SENTRY_DSN=f"http://public@127.0.0.1:{sentry_server.port}/1",
        SENTRY_ENVIRONMENT="staging",
        SENTRY_RELEASE="portal@test",
    )
    assert "active True" in output
    assert sentry_server.requests, "nothing was sent to Sentry"
    assert {path for path, _body in sentry_server.requests} == {"/api/1/envelope/"}
    [event] = sentry_server.events()
    [exception] = event["exception"]["values"]
    assert exception["type"] == "RuntimeError"
    assert exception["value"] == "the view broke for Sentry to see"
    assert event["environment"] == "staging"
    assert event["release"] == "portal@test"
    assert event["transaction"] == "/broken/"
    everything = "".join(body for _path, body in sentry_server.requests)
    assert "visitor-session-cookie-value" not in everything  # send_default_pii=False


def test_without_a_dsn_nothing_is_initialised_or_sent(sentry_server, tmp_path):
    output = run_raising_view(tmp_path)
    assert "active False" in output
    assert sentry_server.requests == []


def test_a_malformed_traces_sample_rate_is_refused_at_start():
    result = run_manage(
        "check",
        env_overrides={
            **PRODUCTION_ENV,
            "SENTRY_DSN": "http://public@127.0.0.1:9/1",
            "SENTRY_TRACES_SAMPLE_RATE": "lots",
        },
    )
    assert result.returncode != 0
    assert "SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1" in result.stderr
