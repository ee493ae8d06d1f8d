"""The header box's autocomplete combobox and the results page in a real browser.

Skipped when Playwright or Chromium is not installed (CI without them runs the rest)."""

import shutil

import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from tests.factories import StandardPageFactory

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed"),
]


@pytest.fixture
def browser_page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


@pytest.fixture
def wagtail_tree(transactional_db, django_db_serialized_rollback):
    """A transactional test that gets the migrated database back afterwards (serialized
    rollback: every transactional test of the suite does, or a flush that recreates the
    content types under new ids breaks the next one's restore). Wagtail's root and locale
    are made if missing all the same, and the cached content types dropped."""
    ContentType.objects.clear_cache()
    Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture
def pages(wagtail_tree, home_page):
    StandardPageFactory(parent=home_page, title="Expo opening", slug="expo-opening")
    StandardPageFactory(parent=home_page, title="Expo halls", slug="expo-halls")
    return home_page


def test_combobox_suggests_titles_and_works_with_the_keyboard(live_server, pages, browser_page):
    browser_page.goto(f"{live_server.url}/")
    box = browser_page.locator("#site-search-q")
    listbox = browser_page.locator("#site-search-listbox")

    assert box.get_attribute("role") == "combobox"
    box.fill("expo")
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert listbox.locator("[role=option]").count() == 2

    box.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert browser_page.locator(f"#{active}").get_attribute("aria-selected") == "true"

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert listbox.is_hidden()
    assert box.get_attribute("aria-activedescendant") is None

    box.press("ArrowDown")
    box.press("Enter")
    browser_page.wait_for_url(f"{live_server.url}/expo-halls/")


def test_enter_without_a_choice_submits_the_plain_form(live_server, pages, browser_page):
    browser_page.goto(f"{live_server.url}/")
    browser_page.locator("#site-search-q").fill("halls")
    browser_page.locator("#site-search-q").press("Enter")

    browser_page.wait_for_url(f"{live_server.url}/search/?q=halls")
    assert browser_page.locator("#search-result-count").inner_text() == "1 result"
    assert browser_page.locator(".search-result__title mark").inner_text() == "halls"


def test_results_page_has_no_accessibility_violations(live_server, pages, browser_page):
    axe_module = pytest.importorskip("axe_playwright_python.sync_playwright")
    for width in (1280, 375):
        browser_page.set_viewport_size({"width": width, "height": 900})
        browser_page.goto(f"{live_server.url}/search/?q=expo")
        results = axe_module.Axe().run(browser_page)
        assert results.violations_count == 0, results.generate_report()
        overflow = browser_page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        assert not overflow
