"""Web-quality gates over every public page type, in Chromium.

- No request from any page goes to another host (no CDN fonts, scripts or trackers), no
  sub-resource fails, and no script throws: checked on every sitemap URL.
- axe-core finds no violation of moderate, serious or critical impact: one page of each
  page type, one URL of each other sitemap route, search and the 404 page, and by name the
  pages of `key_pages()` (home, news, an article, the edition, a sub-forum, the awards,
  a programme, an award edition, the awards listing and search results).
- At a phone's width (375 px) nothing scrolls sideways: the same sample.

Each gate visits all its pages and reports every failure at once, with a screenshot of
each failing page in test-artifacts/browser/."""

import pytest

from .conftest import PHONE, artifact_path
from .helpers import (
    MISSING_PATH,
    all_views,
    axe_violations,
    describe_violation,
    horizontal_overflow,
    key_pages,
    sample_views,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def _visit(page, path):
    response = page.goto(path, wait_until="load")
    expected = 404 if path == MISSING_PATH else 200
    assert response is not None and response.status == expected, (
        f"{path} answered {response.status if response else 'nothing'}, expected {expected}"
    )


def _report(failures):
    return "\n".join(failures)


def test_pages_load_only_from_the_site_and_without_errors(new_context, live_site):
    context = new_context()
    page = context.new_page()
    broken, script_errors = [], []
    page.on("pageerror", lambda error: script_errors.append(f"{page.url}: {error}"))
    page.on(
        "requestfailed",
        lambda req: broken.append(f"{page.url} -> {req.url}: {req.failure}"),
    )
    page.on(
        "response",
        lambda resp: (
            resp.status >= 400
            and resp.request.resource_type != "document"
            and broken.append(f"{page.url} -> {resp.url}: {resp.status}")
        ),
    )
    views = all_views(live_site)
    listed = {path for _label, path in views}
    views += [(label, path) for label, path in key_pages() if path not in listed]
    for _label, path in views:
        _visit(page, path)
        # Lazy images load when scrolled to: bring them all in before moving on.
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_function("() => [...document.images].every(image => image.complete)")

    assert len(context.request_log.urls) > len(views), "the pages loaded no sub-resources"
    assert not context.request_log.outside, "Requests left the site:\n" + _report(
        sorted(set(context.request_log.outside))
    )
    assert not broken, "Sub-resources failed:\n" + _report(broken)
    assert not script_errors, "Scripts threw:\n" + _report(script_errors)


def test_no_moderate_or_worse_accessibility_violations(page, live_site, request):
    views = sample_views(live_site)
    sampled = {path for _label, path in views}
    views += [(label, path) for label, path in key_pages() if path not in sampled]
    failures = []
    for label, path in views:
        _visit(page, path)
        violations = axe_violations(page)
        if violations:
            page.screenshot(path=artifact_path(f"{request.node.name}-{label}"), full_page=True)
            failures += [f"{label} ({path}): {describe_violation(v)}" for v in violations]
    assert not failures, _report(failures)


def test_no_page_scrolls_sideways_at_phone_width(phone_page, live_site, request):
    failures = []
    for label, path in sample_views(live_site):
        _visit(phone_page, path)
        overflow = horizontal_overflow(phone_page)
        if overflow > 0:
            phone_page.screenshot(
                path=artifact_path(f"{request.node.name}-{label}"), full_page=True
            )
            failures.append(f"{label} ({path}) is {overflow}px wider than {PHONE['width']}px")
    assert not failures, _report(failures)


def test_the_gates_catch_what_they_guard_against(new_context):
    """Each check above fails on a page that breaks its rule."""
    context = new_context(PHONE)
    page = context.new_page()
    page.set_content(
        '<html lang="en"><title>Bad</title><body>'
        '<script src="https://cdn.example.com/tracker.js"></script>'
        '<img src="/static/portal/img/logo.svg">'
        '<div style="width: 600px">too wide</div>'
        '<nav><a href="/a/">A</a></nav><nav><a href="/b/">B</a></nav></body></html>'
    )
    assert context.request_log.outside == ["about:blank -> https://cdn.example.com/tracker.js"]
    context.request_log.outside.clear()  # seen: do not fail this test for it
    found = {violation["id"] for violation in axe_violations(page)}
    assert "image-alt" in found  # critical
    assert "landmark-unique" in found  # moderate: two navigations of the same name
    assert horizontal_overflow(page) > 0
