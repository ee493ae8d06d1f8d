import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db.backends.base.creation import BaseDatabaseCreation
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.test import override_settings
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory
from tests.i18n import compile_stale_catalogues
from tests.network import free_port, wait_for_port


def pytest_configure(config):
    """Compile the translations before the first test (once, in the main process, before any
    xdist worker starts): a bare `pytest` on a fresh checkout serves the Chinese interface."""
    if not hasattr(config, "workerinput"):
        compile_stale_catalogues()


@pytest.fixture(autouse=True, scope="session")
def _serialized_rollback_into_an_empty_database():
    """A transactional test with serialized_rollback reloads the migrated database at its
    start, assuming the tables are empty. A migration test that migrates back and forth (or
    a flush that re-created the content types under new ids) leaves rows behind that clash
    with the reload: empty every table first, so each such test starts from the snapshot."""
    original = BaseDatabaseCreation.deserialize_db_from_string

    def deserialize(self, data):
        call_command(
            "flush",
            database=self.connection.alias,
            interactive=False,
            inhibit_post_migrate=True,
            reset_sequences=False,  # as Django's own flush between transactional tests
            verbosity=0,
        )
        # Loading a snapshot is not an edit: no receiver runs (one that looks a content type
        # up would create it under a new id before the snapshot's own row is loaded).
        muted = [pre_save, post_save, m2m_changed]
        saved = [(signal, signal.receivers) for signal in muted]
        for signal in muted:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        ContentType.objects.clear_cache()
        # Content types first: Wagtail's Page and Task look their own up when built (a
        # snapshot's task would otherwise create one under a new id).
        objects = json.loads(data)
        objects.sort(key=lambda obj: obj["model"] != "contenttypes.contenttype")
        try:
            return original(self, json.dumps(objects))
        finally:
            for signal, receivers in saved:
                signal.receivers = receivers
                signal.sender_receivers_cache.clear()
            ContentType.objects.clear_cache()  # the ids cached before may have changed

    BaseDatabaseCreation.deserialize_db_from_string = deserialize
    yield
    BaseDatabaseCreation.deserialize_db_from_string = original


@pytest.fixture(autouse=True, scope="session")
def _clean_test_media():
    """A media folder of the worker's own (pytest-xdist), removed when it is done: a worker
    that finished first would otherwise remove the images the other is still reading."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    media_root = Path(settings.MEDIA_ROOT) / worker
    with override_settings(MEDIA_ROOT=str(media_root)):
        yield
    shutil.rmtree(media_root, ignore_errors=True)


def _clear_own_cache_keys():
    """Empty the cache between tests. On Redis only this run's keys (its KEY_PREFIX) go, so
    parallel workers and other runs sharing the server keep theirs."""
    from django.core.cache import cache

    from tests.cache_helpers import empty

    empty(cache)


@pytest.fixture(autouse=True)
def _clear_cache():
    _clear_own_cache_keys()
    yield
    _clear_own_cache_keys()


@pytest.fixture(autouse=True)
def _rate_limits_off():
    """Search rate limits would stop tests that search many times from one address; the
    tests of the limits turn them on (tests/portal/test_rate_limits.py)."""
    with override_settings(RATELIMIT_ENABLE=False):
        yield


@pytest.fixture
def home_page(db):
    """A site whose root is a fresh HomePage (Wagtail's welcome page removed)."""
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=root, title="Summit Portal Home", slug="home")
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    return home


@pytest.fixture
def zh_locale(db):
    return Locale.objects.get_or_create(language_code="zh-hans")[0]


@pytest.fixture
def translate(zh_locale):
    """translate(page, title=...): the page's Chinese translation, published, made as an
    editor would (its untranslated parents become aliases of the English ones)."""

    def make(page, **fields):
        copy = page.copy_for_translation(zh_locale, copy_parents=True)
        for name, value in fields.items():
            setattr(copy, name, value)
        copy.save_revision().publish()
        return type(copy).objects.get(pk=copy.pk)

    return make


@pytest.fixture
def site(home_page):
    return Site.objects.get(root_page=home_page)


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
    if not wait_for_port(port, timeout=10, process=process):
        process.kill()
        pytest.fail("redis-server did not start")
    yield port, process
    if process.poll() is None:
        process.kill()  # SIGKILL: a server that dies, not one that shuts down
    process.wait(timeout=10)
