"""The main pages at a phone's width (375 px): nothing scrolls sideways, and on each the
menu button opens the main menu, which closes again with Escape."""

import pytest
from playwright.sync_api import expect

from .helpers import (
    header_search,
    horizontal_overflow,
    in_page_language,
    key_pages,
    main_menu,
    menu_pages,
    page_language,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_main_pages_fit_a_phone_and_their_menu_works(phone_page):
    page = phone_page
    failures = []
    for label, path in key_pages():
        response = page.goto(path)
        assert response.status == 200, f"{label} ({path}) answered {response.status}"
        overflow = horizontal_overflow(page)
        if overflow > 0:
            failures.append(f"{label} ({path}) is {overflow}px wider than the screen")

        first_title = menu_pages(page_language(page))[0][0]
        toggle = page.get_by_role("button", name=in_page_language(page, "Menu"))
        expect(main_menu(page).first).to_be_hidden()
        toggle.tap()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        expect(main_menu(page).filter(has_text=first_title)).to_be_visible()
        expect(header_search(page)).to_be_visible()
        if horizontal_overflow(page) > 0:
            failures.append(f"{label} ({path}) scrolls sideways with the menu open")
        page.keyboard.press("Escape")
        expect(toggle).to_have_attribute("aria-expanded", "false")
    assert not failures, "\n".join(failures)
