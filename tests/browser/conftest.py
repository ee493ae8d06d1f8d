"""Fixtures for the real-browser tests and the web-quality gates.

How the pieces fit (and why it is not pytest-django's `live_server` fixture as such):

- `live_site` (package scope) starts pytest-django's `LiveServer` once, loads the demo
  content once (`manage.py load_demo`, with the site's address set to the server's), and
  afterwards puts the database back exactly as the migrations left it. The `live_server`
  fixture would request `transactional_db`, which flushes the database after every test, so
  the demo would have to be loaded again for each test; loading it once keeps the browser
  part of the suite fast. Journeys may add content of their own (an editor publishes a
  page); they never change or delete the demo content, so test order does not matter.
- Modules here carry `pytest.mark.django_db`, so pytest-django creates the test database
  and runs them with the other database tests, but no test is wrapped in a transaction
  (`_django_db_helper` below): what the server does is committed, on SQLite as on
  PostgreSQL, and `live_site` undoes it all at the end of the package.
- `browser` (package scope) is Debian's Chromium driven by Playwright; each test gets a
  fresh context (`page`, `phone_page`), so cookies never leak from one test to the next.
- Every context records its requests; a request to any host other than the live server
  fails the test, whatever the journey, and so does anything the Content-Security-Policy
  blocks (Chromium's "Content Security Policy" console errors). Chromium's resolver knows
  no host but 127.0.0.1, so nothing ever leaves the machine.
- A failing test leaves a full-page screenshot of each of its pages in
  test-artifacts/browser/ (named after the test).

A new journey is a module here with `pytestmark = pytest.mark.browser` that takes `page`
(or `phone_page`) and `live_site`; see tests/browser/helpers.py for the shared checks.
"""

import io
import os
import re
import shutil
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections
from django.test.utils import override_settings
from pytest_django.live_server_helper import LiveServer

from .helpers import RequestLog, Site

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Every host name but the live server's fails to resolve: no test can reach the network.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts" / "browser"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
_REPORTS = pytest.StashKey[dict]()


def chromium_missing_reason():
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return (
            f"Chromium not found at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH): "
            "real-browser tests skipped"
        )
    try:
        import playwright  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install -r requirements-dev.txt)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = chromium_missing_reason()
    if reason:
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(skip)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    item.stash.setdefault(_REPORTS, {})[report.when] = report
    return report


def _failed(node):
    reports = node.stash.get(_REPORTS, {})
    return any(report.failed for report in reports.values())


def artifact_path(name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / (re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("_")[:150] + ".png")


@pytest.fixture(scope="package")
def live_site(django_db_setup, django_db_blocker):
    """A live server with the demo content, shared by the whole package."""
    with django_db_blocker.unblock():
        snapshot = {
            alias: connections[alias].creation.serialize_db_to_string() for alias in ["default"]
        }
        server = LiveServer("127.0.0.1:0")
        server._live_server_modified_settings.enable()
        # The demo's Site takes its address from WAGTAILADMIN_BASE_URL: make it the server's,
        # so canonical links, the sitemap and OpenGraph URLs point at what the browser sees.
        with override_settings(WAGTAILADMIN_BASE_URL=server.url):
            try:
                call_command("load_demo", stdout=io.StringIO())
                yield Site(server.url)
            finally:
                server.stop()
                server._live_server_modified_settings.disable()
                for alias, data in snapshot.items():
                    _restore_database(connections[alias], data)


def _restore_database(connection, data):
    """Put the database back as the snapshot was: close the server threads' leftover
    sessions (PostgreSQL), empty every table, reload, and move the id sequences past it."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
    call_command(
        "flush",
        database=connection.alias,
        interactive=False,
        inhibit_post_migrate=True,
        verbosity=0,
    )
    connection.creation.deserialize_db_from_string(data)
    statements = connection.ops.sequence_reset_sql(no_style(), django_apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.fixture(scope="package")
def browser(live_site):
    """Debian's Chromium under Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the tests' own ORM calls
    # (checking what an editor saved) are still synchronous code, so tell Django so.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        yield chromium
    finally:
        chromium.close()
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_context(browser, live_site, request):
    """Factory of browser contexts on the live site. Each records its requests; at the end
    of the test any request to another host fails it, and a failed test leaves screenshots."""
    contexts = []

    def make(viewport=DESKTOP, **options):
        context = browser.new_context(
            base_url=live_site.url,
            viewport=viewport,
            locale="en-GB",
            timezone_id="Asia/Shanghai",
            **options,
        )
        context.set_default_timeout(10_000)
        context.request_log = RequestLog(live_site.url)
        context.on("request", context.request_log.record)
        context.on("console", context.request_log.record_console)
        contexts.append(context)
        return context

    yield make

    outside, blocked = [], []
    for number, context in enumerate(contexts):
        if _failed(request.node):
            for index, open_page in enumerate(context.pages):
                path = artifact_path(f"{request.node.nodeid}-{number}-{index}")
                try:
                    open_page.screenshot(path=str(path), full_page=True)
                    print(f"screenshot of {open_page.url}: {path}")
                except Exception as exc:  # a crashed page cannot be captured; say so
                    print(f"no screenshot of {open_page.url}: {exc}")
        outside += context.request_log.outside
        blocked += context.request_log.csp_violations
        context.close()
    if outside and not _failed(request.node):
        pytest.fail("Requests left the site:\n" + "\n".join(sorted(set(outside))))
    if blocked and not _failed(request.node):
        pytest.fail("The Content-Security-Policy blocked:\n" + "\n".join(sorted(set(blocked))))


@pytest.fixture
def page(new_context):
    """A desktop-width page (1280 × 900) on the live site."""
    return new_context().new_page()


@pytest.fixture
def phone_page(new_context):
    """A phone-width page (375 × 812, touch) on the live site."""
    return new_context(PHONE, is_mobile=True, has_touch=True).new_page()


@pytest.fixture(scope="package")
def editor_login(live_site):
    """Username and password of a Wagtail admin who can create and publish pages."""
    from django.contrib.auth import get_user_model

    username, password = "browser-editor", "a-long-test-password-1"
    get_user_model().objects.create_superuser(username, "editor@example.org", password)
    return username, password


@pytest.fixture(scope="session")
def vnu_command():
    """The W3C Nu HTML Checker as a command, or a skip with the reason."""
    java = shutil.which("java")
    if java is None:
        pytest.skip(
            "Java not found (apt-get install default-jre-headless): HTML validation skipped"
        )
    jar = Path(
        os.environ.get(
            "VNU_JAR",
            Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar",
        )
    )
    if not jar.is_file():
        pytest.skip(
            f"vnu.jar not found at {jar} (npm ci --ignore-scripts): HTML validation skipped"
        )
    return [java, "-Xss4m", "-jar", str(jar)]


@pytest.fixture
def _django_db_helper(django_db_setup):
    """Replaces pytest-django's per-test transaction for this package (see the module doc).

    The `django_db` marker still makes pytest-django create the test database. A test here
    must not hold a transaction open: the live server's threads write (an editor publishes)
    and must commit, and on in-memory SQLite they share this thread's connection, where an
    open transaction locks the tables they write to. `live_site` restores the database at
    the end of the package instead."""
    yield
