"""A visitor's journeys on the pages every build has: home, the menu, search, 404.

Titles and links come from the demo content in the database, not from this file."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import MISSING_PATH, SEARCH_QUERY, header_search, home_page, main_menu, menu_pages

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_home_menu_page_and_back_by_the_breadcrumb(page):
    home = home_page()
    menu = menu_pages()
    assert menu, "the demo content puts at least one page (About) in the main menu"

    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text(home.title)
    expect(page).to_have_title(re.compile(re.escape(home.seo_title or home.title)))
    expect(main_menu(page)).to_have_text([title for title, _path in menu])
    if home.hero_image_id:
        hero = page.locator(".hero__image")
        expect(hero).to_be_visible()
        assert hero.evaluate("img => img.complete && img.naturalWidth > 0"), "no hero image"

    title, path = menu[0]
    main_menu(page).filter(has_text=title).click()
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(main_menu(page).filter(has_text=title)).to_have_attribute("aria-current", "page")

    page.get_by_role("navigation", name="Breadcrumb").get_by_role("link", name="Home").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(home.title)


def test_search_from_the_header_leads_to_a_page_about_the_query(page):
    page.goto("/")
    search = header_search(page)
    search.fill(SEARCH_QUERY)
    # The combobox suggests pages as one types; Enter without choosing one searches.
    expect(
        page.get_by_role("listbox", name="Suggested pages").get_by_role("option").first
    ).to_be_visible()
    expect(search).to_have_attribute("aria-expanded", "true")
    search.press("Enter")

    expect(page).to_have_url(re.compile(rf"/search/\?q={SEARCH_QUERY}$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(SEARCH_QUERY)
    results = page.locator(".search-results").get_by_role("link")
    expect(results.first).to_be_visible()
    expect(page.locator(".result-count")).to_contain_text("result")

    results.first.click()
    expect(page.get_by_role("main")).to_contain_text(re.compile(SEARCH_QUERY, re.IGNORECASE))


def test_search_in_chinese_finds_pages_about_wuzhen(page):
    query = "乌镇"  # Wuzhen
    page.goto("/search/")
    page.get_by_label("Search for").fill(query)
    page.get_by_label("Search for").press("Enter")

    expect(page.get_by_role("heading", level=1)).to_contain_text(query)
    expect(page.get_by_label("Search for")).to_have_value(query)
    results = page.locator(".search-results")
    expect(results.get_by_role("link").first).to_be_visible()
    expect(results.locator("mark").filter(has_text=query).first).to_be_visible()
    results.get_by_role("link").first.click()
    expect(page.get_by_role("main")).to_contain_text(re.compile("Wuzhen|乌镇"))


def test_missing_page_offers_search_and_the_way_home(page):
    response = page.goto(MISSING_PATH)
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()

    form = page.get_by_role("main").get_by_role("search")
    form.get_by_role("searchbox").fill(SEARCH_QUERY)
    form.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(SEARCH_QUERY)

    page.go_back()
    page.get_by_role("main").get_by_role("link", name=re.compile("home page", re.I)).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(home_page().title)
