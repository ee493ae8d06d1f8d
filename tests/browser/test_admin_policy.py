"""The Wagtail admin works under its own Content-Security-Policy: the page editor's live
preview (an iframe of the admin showing the page's public template, with its nonce) loads,
with no CSP violation (the fixtures fail a test on any)."""

import re

import pytest
from playwright.sync_api import expect

from .helpers import home_page, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_editor_preview_panel_shows_the_page_under_the_admin_policy(page, editor_login):
    home = home_page()
    log_in(page, *editor_login)
    response = page.goto(f"/admin/pages/{home.pk}/edit/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator('iframe.w-preview__iframe[src*="/edit/preview/"]')
    expect(preview.locator("main#main")).to_be_attached(timeout=20_000)
    expect(preview.locator("html")).to_have_class(re.compile(r"\bjs\b"))  # its nonced script ran
