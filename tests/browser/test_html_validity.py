"""Every public page type is valid HTML5 by the W3C Nu HTML Checker.

The pages are fetched from the live server as a visitor receives them (every sitemap URL,
search with and without results, the 404 page, and the key pages by name) and checked in
one batch: one Java start.
Needs Java and vnu.jar (`npm ci --ignore-scripts`), and skips with the reason otherwise;
it does not need Chromium."""

import pytest

from .helpers import MISSING_PATH, all_views, key_pages, validate_html

pytestmark = pytest.mark.django_db

# Sent along in the same batch to prove the checker is really looking (a stray end tag and
# a duplicate id): the gate fails if this one is not reported.
BROKEN = (
    b'<!DOCTYPE html><html lang="en"><head><title>x</title></head>'
    b'<body><p id="a"></span><p id="a"></p></body></html>'
)


def test_every_public_page_is_valid_html(live_site, vnu_command):
    documents, wrong_status = {"control: broken page": BROKEN}, []
    views = all_views(live_site)
    listed = {path for _label, path in views}
    # The pages the Lighthouse and axe gates name are checked here too, sitemap or not.
    views += [(label, path) for label, path in key_pages() if path not in listed]
    for label, path in views:
        status, content_type, body = live_site.fetch(path)
        expected = 404 if path == MISSING_PATH else 200
        if status != expected:
            wrong_status.append(f"{path}: {status}, expected {expected}")
        if content_type == "text/html":
            documents[path if label == path else f"{label} ({path})"] = body
    assert not wrong_status, "\n".join(wrong_status)
    # The sitemap lists at least the home page, and the special views add four.
    assert len(documents) >= 6, list(documents)

    errors = validate_html(vnu_command, documents)

    control = errors.pop("control: broken page", [])
    assert any("Duplicate ID" in message for message in control), control
    assert not errors, "\n\n".join(
        f"{label}:\n  " + "\n  ".join(messages) for label, messages in errors.items()
    )
