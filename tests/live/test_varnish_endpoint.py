"""The updates endpoint behind deploy/varnish.vcl as it is: kept five seconds at most, a
304 for pollers that have it, and dropped there the moment an update is posted."""

import shutil
import urllib.request

import pytest

from live.models import LiveUpdate
from portal.models import SiteBranding
from tests.portal.test_varnish import varnish  # noqa: F401 -- the fixture that runs Varnish

from .factories import LiveUpdateFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not shutil.which("varnishd"), reason="varnishd is not installed"),
]


def fetch(port, path, etag=None):
    headers = {"If-None-Match": etag} if etag else {}
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        if error.code == 304:
            return 304, error.headers, ""
        raise


def test_varnish_keeps_the_endpoint_until_a_post(site, coverage, varnish):  # noqa: F811
    SiteBranding.for_site(site)
    LiveUpdateFactory(page=coverage, text="<p>Doors open.</p>")
    path = coverage.url + "updates/"
    status, headers, _body = fetch(varnish, path)
    assert status == 200 and headers["X-Varnish-Cache"] == "miss"
    assert "max-age=5" in headers["Cache-Control"]
    status, headers, _body = fetch(varnish, path)
    assert headers["X-Varnish-Cache"] == "hit"
    etag = headers["ETag"]
    assert fetch(varnish, path, etag=etag)[0] == 304

    LiveUpdate.objects.create(
        page=coverage, posted_at=coverage.updates.get().posted_at, text="<p>Speeches begin.</p>"
    )

    status, headers, body = fetch(varnish, path, etag=etag)
    assert status == 200 and headers["X-Varnish-Cache"] == "miss"
    assert "Speeches begin." in body
