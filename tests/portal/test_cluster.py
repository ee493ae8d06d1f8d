"""Two app processes sharing PostgreSQL and the cache stand in for a cluster: a publish on
one machine is seen by every app server at once, even with the page cache on. Both shared
caches: Redis (REDIS_URL) and the default without it, the database cache."""

import os
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.db import connection

from portal.models import SiteBranding
from tests.factories import StandardPageFactory
from tests.network import free_port

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="needs DATABASE_URL on PostgreSQL, which separate processes can share "
        "(CI's second run)",
    ),
]


def fetch(port, path):
    # Behind a load balancer every app server sees the same Host header.
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": "summit.example.org"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


@pytest.fixture(params=["redis", "database"])
def cluster_env(request):
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "CACHE_KEY_PREFIX": f"cluster-{uuid.uuid4().hex[:8]}",
        "PAGE_CACHE_SECONDS": "300",
        "ALLOWED_HOSTS": "summit.example.org",
    }
    if request.param == "redis":
        if not os.environ.get("REDIS_URL"):
            pytest.skip("needs REDIS_URL")
    else:
        # `make run`'s default: no REDIS_URL, the database cache. The test database was
        # migrated with the suite's local-memory cache, so its table is made here.
        env.pop("REDIS_URL", None)
        subprocess.run(
            [sys.executable, "manage.py", "createcachetable"],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
        )
    return env


@pytest.fixture
def two_app_servers(cluster_env):
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "portal.wsgi",
            ],
            cwd=ROOT,
            env=cluster_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for port in ports
    ]
    try:
        deadline = time.monotonic() + 30
        for port in ports:
            while True:
                try:
                    fetch(port, "/robots.txt")
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.2)
        yield ports
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def test_publish_on_one_server_is_seen_by_the_other_at_once(
    site, home_page, two_app_servers, cluster_env
):
    SiteBranding.for_site(site)  # created on first use, which would invalidate the cache
    page = StandardPageFactory(parent=home_page, slug="about", title="About the summit")
    first, second = two_app_servers
    fetch(first, "/about/")
    state, body = fetch(second, "/about/")
    assert state == "hit"  # the second server serves what the first one cached
    assert "About the summit" in body

    # An editor publishes a change through a third process (as on another machine).
    script = (
        "from wagtail.models import Page;"
        f"page = Page.objects.get(pk={page.pk}).specific;"
        "page.title = 'About the tenth summit';"
        "page.save_revision().publish()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env=cluster_env,
        check=True,
        capture_output=True,
    )

    for port in (second, first):
        _state, body = fetch(port, "/about/")
        assert "About the tenth summit" in body
