"""A visitor follows live coverage while an editor posts: the visitor's page offers the new
update within 15 seconds, without a reload, and inserts it on request."""

import re
import time

import pytest
from playwright.sync_api import expect

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TEXT = "Browser test: the closing ceremony begins (synthetic)."


@pytest.fixture
def coverage(live_site):
    """Live coverage of its own under the demo's 2023 edition, removed afterwards."""
    from events.models import SummitPage
    from live.models import LiveCoveragePage, LiveUpdate

    summit = SummitPage.objects.live().get(locale__language_code="en", slug="2023")
    page = LiveCoveragePage(
        title="Browser test: live coverage (synthetic)",
        slug="browser-test-live",
        standfirst="A synthetic coverage page of the browser journey.",
        status="live",
    )
    summit.add_child(instance=page)
    page.save_revision().publish()
    LiveUpdate.objects.create(
        page=page, posted_at=summit.start, text="<p>A first synthetic update.</p>"
    )
    yield page
    page.delete()


def test_the_visitor_is_offered_the_editors_update_without_a_reload(
    new_context, editor_login, coverage
):
    visitor = new_context().new_page()
    visitor.goto(coverage.url)
    expect(visitor.get_by_text("A first synthetic update.")).to_be_visible()
    visitor.evaluate("window.notReloaded = true")
    new_button = visitor.get_by_role("button", name="1 new update")
    expect(new_button).to_be_hidden()

    editor = new_context().new_page()
    log_in(editor, *editor_login)
    editor.goto(f"/admin/live/{coverage.pk}/updates/")
    text = editor.locator(".Draftail-Editor [contenteditable='true']").first
    text.click()
    editor.keyboard.type(TEXT)
    # The rich-text editor stores its content in the form a moment after typing stops.
    expect(editor.locator("input[name='text']")).to_have_value(re.compile(re.escape(TEXT)))
    editor.get_by_role("button", name="Post update").click()
    expect(editor.get_by_text("Update posted: it is on the page now.")).to_be_visible()
    posted = time.monotonic()

    expect(new_button).to_be_visible(timeout=15_000)
    assert time.monotonic() - posted < 15
    assert visitor.evaluate("window.notReloaded") is True
    # Nothing moved: the update waits for the reader.
    expect(visitor.get_by_text(TEXT)).to_have_count(0)

    new_button.click()
    expect(visitor.locator("[data-update-id]").first).to_contain_text(TEXT)
    expect(new_button).to_be_hidden()
    assert visitor.evaluate("window.notReloaded") is True


QUICK = "Browser test: the Wuzhen Declaration is read out (synthetic), typed and posted at once."
CORRECTED = " Corrected straight away."


def test_an_update_typed_and_posted_at_once_keeps_every_keystroke(
    new_context, editor_login, coverage
):
    # The rich-text editor writes its hidden input 250 ms after the last keystroke: an
    # editor who clicks sooner must not lose the end of the sentence, nor the whole of it.
    editor = new_context().new_page()
    log_in(editor, *editor_login)
    editor.goto(f"/admin/live/{coverage.pk}/updates/")
    editor.locator(".Draftail-Editor [contenteditable='true']").first.click()
    editor.keyboard.type(QUICK)
    editor.get_by_role("button", name="Post update").click()
    expect(editor.get_by_text("Update posted: it is on the page now.")).to_be_visible()
    row = editor.locator("tr[data-update-id]").filter(has_text="Wuzhen Declaration")
    expect(row).to_contain_text(QUICK)

    # The correction form, the same way: the added words are kept.
    row.get_by_role("link", name="Correct").click()
    text = editor.locator(".Draftail-Editor [contenteditable='true']").first
    text.click()
    editor.keyboard.press("ControlOrMeta+End")
    editor.keyboard.type(CORRECTED)
    editor.get_by_role("button", name="Save the correction").click()
    expect(editor.get_by_text("Update corrected: the page shows the new text.")).to_be_visible()
    expect(editor.locator("tr[data-update-id]").first).to_contain_text(QUICK + CORRECTED)

    visitor = new_context().new_page()
    visitor.goto(coverage.url)
    expect(visitor.locator("[data-update-id]").first).to_contain_text(QUICK + CORRECTED)
