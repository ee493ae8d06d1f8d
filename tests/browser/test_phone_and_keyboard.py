"""The main navigation at a phone's width and with the keyboard alone, with visible focus."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import PHONE
from .helpers import (
    has_visible_focus,
    header_search,
    home_page,
    key_pages,
    main_menu,
    menu_pages,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def _tab_to(page, predicate, limit=40):
    """Press Tab until the focused element satisfies predicate (a JS function body of el);
    nothing to press when it already does."""
    for _ in range(limit):
        if page.evaluate(
            f"el => {{ {predicate} }}", page.evaluate_handle("document.activeElement")
        ):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached an element where {predicate}")


def test_phone_menu_opens_navigates_and_closes(phone_page):
    title, path = menu_pages()[0]
    page = phone_page
    page.goto("/")
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(main_menu(page).first).to_be_hidden()

    toggle.tap()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(main_menu(page).filter(has_text=title)).to_be_visible()
    expect(header_search(page)).to_be_visible()

    page.keyboard.press("Escape")
    expect(main_menu(page).first).to_be_hidden()
    expect(toggle).to_be_focused()

    toggle.tap()
    main_menu(page).filter(has_text=title).tap()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(main_menu(page).first).to_be_hidden()


def test_without_javascript_the_phone_menu_is_simply_shown(new_context):
    page = new_context(PHONE, java_script_enabled=False).new_page()
    page.goto("/")
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    for title, _path in menu_pages():
        expect(main_menu(page).filter(has_text=title)).to_be_visible()


def test_keyboard_reaches_content_and_every_menu_link_with_visible_focus(page):
    menu = menu_pages()
    page.goto("/")

    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    assert has_visible_focus(page), "the skip link is not visibly focused"
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()

    page.goto("/")
    for title, _path in menu:
        _tab_to(page, f"return el.closest('nav.main-menu') && el.textContent.trim() === {title!r};")
        assert has_visible_focus(page), f"the menu link {title!r} has no visible focus"

    title, path = menu[0]
    page.goto("/")
    _tab_to(page, f"return el.closest('nav.main-menu') && el.textContent.trim() === {title!r};")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)


def test_keyboard_opens_the_phone_menu_and_follows_a_link(phone_page):
    title, path = menu_pages()[0]
    page = phone_page
    page.goto("/")
    _tab_to(page, "return el.classList.contains('menu-toggle');")
    assert has_visible_focus(page), "the menu button has no visible focus"
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "true")

    page.keyboard.press("Tab")
    expect(main_menu(page).first).to_be_focused()
    assert has_visible_focus(page), "the first menu link has no visible focus"
    _tab_to(page, f"return el.closest('nav.main-menu') && el.textContent.trim() === {title!r};")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1)).not_to_have_text(home_page().title)


def test_keyboard_filters_the_awards_listing(page):
    """Tab reaches each filter with visible focus, the arrow keys choose, Enter applies."""
    listing = dict(key_pages())["awards listing"]
    page.goto(listing)
    filters = page.get_by_role("form", name="Filter recognitions")
    year, country = filters.get_by_label("Year"), filters.get_by_label("Country")
    expect(year).to_be_visible()

    _tab_to(page, "return el.id === 'filter-year';")
    assert has_visible_focus(page), "the year filter has no visible focus"
    page.keyboard.press("ArrowDown")
    chosen_year = year.input_value()
    assert chosen_year, "the arrow key chose no year"

    _tab_to(page, "return el.id === 'filter-country';")
    assert has_visible_focus(page), "the country filter has no visible focus"
    page.keyboard.press("ArrowDown")
    chosen_country = country.input_value()
    assert chosen_country, "the arrow key chose no country"
    # Each option shows its count, e.g. "China (1)".
    count = re.search(r"\((\d+)\)$", country.locator("option:checked").inner_text()).group(1)

    _tab_to(page, "return el.type === 'submit' && el.closest('.awards-filters');")
    assert has_visible_focus(page), "the apply button has no visible focus"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"year={chosen_year}&country={chosen_country}$"))
    expect(filters.get_by_label("Country")).to_have_value(chosen_country)
    expect(page.locator(".result-count")).to_have_text(re.compile(rf"^{count} recognition"))

    _tab_to(page, "return el.textContent.trim() === 'Clear filters';")
    assert has_visible_focus(page), "the clear-filters link has no visible focus"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(listing) + "$"))
