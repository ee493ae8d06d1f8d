"""An editor logs in to the Wagtail admin, writes a page with a lead image they upload,
publishes it and finds it on the site."""

import json
import re

import pytest
from playwright.sync_api import expect

from .helpers import home_page, log_in, photo_bytes, upload_lead_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_wrong_password_is_refused_with_a_message(page, editor_login):
    username, _password = editor_login
    page.goto("/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    expect(page.get_by_role("main")).to_contain_text(re.compile("did(n.t| not) match", re.I))


def test_editor_publishes_a_page_with_a_lead_image_and_sees_it_on_the_site(
    page, editor_login, tmp_path
):
    title = "Walking the canals of Wuzhen"
    alt = "A stone bridge over a canal at dusk"
    paragraph = "Wuzhen's canals are crossed by stone bridges."
    photo = tmp_path / "canal.jpg"
    photo.write_bytes(photo_bytes(7))
    home = home_page()

    log_in(page, *editor_login)
    page.goto(f"/admin/pages/{home.pk}/")
    page.get_by_role("link", name="Add child page").first.click()
    page.get_by_placeholder("Page title*").fill(title)

    upload_lead_image(page, "Canal at dusk", photo, alt)

    page.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Paragraph").click()
    text = page.locator("[data-contentpath=body] [contenteditable=true]").first
    text.click()
    page.keyboard.type(paragraph)
    expect(text).to_have_text(paragraph)
    # The rich-text editor stores its content in the form a moment after typing stops.
    expect(page.locator("input[name='body-0-value']")).to_have_value(
        re.compile(re.escape(json.dumps(paragraph)))
    )

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page).to_have_url(re.compile(rf"/admin/pages/{home.pk}/$"))
    expect(page.locator(".messages[role=status]")).to_contain_text("published")
    expect(page.get_by_role("link", name=title, exact=True)).to_be_visible()

    page.goto("/walking-the-canals-of-wuzhen/")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    expect(page.get_by_role("main")).to_contain_text(paragraph)
    lead = page.get_by_role("img", name=alt)
    expect(lead).to_be_visible()
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0"), "lead image did not load"
    expect(page.locator(".lead-figure figcaption")).to_have_text("Photo: browser test")
