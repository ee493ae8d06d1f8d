"""deploy/varnish.vcl, run as it is (only its backend port changed) in front of a live
server: it keeps what the page cache keeps, and a publish purges the same dependants there
through wagtail.contrib.frontend_cache."""

import re
import shutil
import signal
import subprocess
import tempfile
import urllib.request
from pathlib import Path

import pytest
from django.test import override_settings

from portal.models import SiteBranding
from tests.factories import StandardPageFactory
from tests.network import free_port, wait_for_port

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not shutil.which("varnishd"),
        reason="varnishd is not installed (.ci/run installs the Debian package varnish)",
    ),
]
VCL = "deploy/varnish.vcl"


def fetch(port, path, cookie=None):
    headers = {"Cookie": cookie} if cookie else {}
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Varnish-Cache"), response.read().decode()


@pytest.fixture
def varnish(live_server):
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = re.sub(r'\.port = "8000";', f'.port = "{backend_port}";', Path(VCL).read_text(), count=1)
    assert f'.port = "{backend_port}";' in vcl
    # Readable by the unprivileged user varnishd switches to (pytest's tmp_path is not).
    root = Path(tempfile.mkdtemp(prefix="varnish-test-"))
    root.chmod(0o755)
    vcl_file = root / "varnish.vcl"
    vcl_file.write_text(vcl)
    vcl_file.chmod(0o644)
    workdir = root / "work"
    port = free_port()
    process = subprocess.Popen(
        [
            shutil.which("varnishd"),
            "-F",
            "-n",
            str(workdir),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(vcl_file),
            "-s",
            "malloc,32m",
            "-p",
            "ban_lurker_sleep=0.01",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    if not wait_for_port(port, process=process):
        process.kill()
        pytest.fail(f"varnishd did not start: {process.stderr.read().decode()[-2000:]}")
    with override_settings(
        PAGE_CACHE_SECONDS=300,
        WAGTAILFRONTENDCACHE={
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": f"http://127.0.0.1:{port}",
            }
        },
    ):
        yield port
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    shutil.rmtree(root, ignore_errors=True)


def test_a_publish_purges_the_page_and_its_parent_from_varnish(site, home_page, varnish):
    SiteBranding.for_site(site)
    page = StandardPageFactory(parent=home_page, slug="about", title="About the summit")
    StandardPageFactory(parent=home_page, slug="elsewhere", title="Unrelated page")
    for path in ("/about/", "/", "/elsewhere/"):
        assert fetch(varnish, path)[0] == "miss"
        assert fetch(varnish, path)[0] == "hit"

    page.title = "About the tenth summit"
    page.save_revision().publish()

    state, body = fetch(varnish, "/about/")
    assert state == "miss" and "About the tenth summit" in body
    assert fetch(varnish, "/")[0] == "miss"  # its parent, which lists it
    assert fetch(varnish, "/elsewhere/")[0] == "hit"  # nothing to do with it


def test_varnish_keeps_nothing_personal(site, home_page, varnish):
    SiteBranding.for_site(site)
    StandardPageFactory(parent=home_page, slug="about", title="About the summit")
    fetch(varnish, "/about/")
    assert fetch(varnish, "/about/")[0] == "hit"
    assert fetch(varnish, "/about/", cookie="comments_mine=1")[0] == "miss"
    assert fetch(varnish, "/about/", cookie="csrftoken=abc")[0] == "hit"
    with pytest.raises(urllib.error.HTTPError) as raised:
        fetch(varnish, "/no-such-page/")
    assert raised.value.code == 404
    with pytest.raises(urllib.error.HTTPError) as raised:
        fetch(varnish, "/no-such-page/")
    assert raised.value.headers.get("X-Varnish-Cache") == "miss"  # a 404 is never kept
