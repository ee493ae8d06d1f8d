"""The comment form works on pages served from the page cache: the cached HTML carries no
token; the form gets one from the uncached token endpoint (or, without JavaScript, from the
refilled form the post endpoint answers with)."""

import re

import pytest
from django.test import Client, override_settings

from comments.models import Comment
from portal.models import SiteBranding
from tests.comments.conftest import form_data, post_url

pytestmark = [pytest.mark.django_db]


@pytest.fixture(autouse=True)
def page_cache_on(site):
    SiteBranding.for_site(site)  # created on first use; its creation invalidates the cache
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


def hidden_value(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else None


def test_cached_page_then_a_successful_post(article, comment_settings):
    visitor = Client(enforce_csrf_checks=True)
    assert visitor.get("/news/recap/")["X-Page-Cache"] == "miss"
    cached = visitor.get("/news/recap/")
    assert cached["X-Page-Cache"] == "hit"
    html = cached.content.decode()
    assert 'id="comment-form"' in html
    assert hidden_value(html, "csrfmiddlewaretoken") == ""  # nothing personal in the cache
    assert not cached.cookies

    token = visitor.get("/comments/token/")
    assert "no-cache" in token["Cache-Control"] and "X-Page-Cache" not in token
    data = token.json()
    response = visitor.post(
        post_url(article),
        form_data(csrfmiddlewaretoken=data["csrfToken"], loaded_at=data["loadedAt"]),
    )
    # The stamp was issued just now: too fast for the default 3 seconds, so mark it spam...
    assert response.status_code == 303
    assert Comment.objects.get().status == Comment.Status.SPAM

    comment_settings.min_seconds_to_submit = 0
    comment_settings.save()
    response = visitor.post(
        post_url(article),
        form_data(
            csrfmiddlewaretoken=data["csrfToken"], loaded_at=data["loadedAt"], body="Fresh post"
        ),
    )
    assert response.status_code == 303
    assert Comment.objects.get(body="Fresh post").status == Comment.Status.APPROVED
    # Approving a comment invalidates the cached page: every visitor sees it at once.
    fresh = Client().get("/news/recap/")
    assert "Fresh post" in fresh.content.decode()


def test_without_javascript_a_stale_form_comes_back_filled_with_a_fresh_token(
    article, comment_settings
):
    visitor = Client(enforce_csrf_checks=True)
    visitor.get("/news/recap/")
    cached = visitor.get("/news/recap/")
    assert cached["X-Page-Cache"] == "hit"
    html = cached.content.decode()
    assert hidden_value(html, "csrfmiddlewaretoken") == ""

    data = form_data(body="Text that must not be lost", loaded_at="")
    response = visitor.post(post_url(article), data)
    assert response.status_code == 403
    html = response.content.decode()
    assert "please send the form once more" in html
    assert "Text that must not be lost" in html
    assert "no-cache" in response["Cache-Control"]
    assert not Comment.objects.exists()

    comment_settings.min_seconds_to_submit = 0
    comment_settings.save()
    resent = {
        "author_name": "Li Wei",
        "author_email": "private.reader@example.net",
        "author_url": "",
        "body": "Text that must not be lost",
        "phone_number": "",
        "parent": "",
        "csrfmiddlewaretoken": hidden_value(html, "csrfmiddlewaretoken"),
        "loaded_at": hidden_value(html, "loaded_at"),
    }
    assert resent["csrfmiddlewaretoken"] and resent["loaded_at"]
    assert visitor.post(post_url(article), resent).status_code == 303
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_post_endpoint_and_token_are_never_cached(article, comment_settings):
    Client().get("/news/recap/")
    first, second = Client().get("/comments/token/"), Client().get("/comments/token/")
    assert first.json()["csrfToken"] != second.json()["csrfToken"]
    assert first.json()["loadedAt"]


def test_pending_comment_never_leaks_through_the_cache(article, comment_settings):
    comment_settings.moderation_mode = "hold_all"
    comment_settings.save()
    author = Client()
    location = author.post(post_url(article), form_data(body="Only mine"))["Location"]
    assert "Only mine" in author.get(location).content.decode()
    assert "Only mine" in author.get(location).content.decode()
    # Another visitor on the same URL and on the plain URL, cached or not.
    for _ in range(2):
        for url in (location, "/news/recap/"):
            assert "Only mine" not in Client().get(url).content.decode()


def test_spam_and_held_comments_leave_the_cached_page_alone(article, comment_settings):
    Client().get("/news/recap/")
    Client().post(post_url(article), form_data(phone_number="bot"))  # spam
    # A flood of spam must not empty the page cache: the page did not change.
    assert Client().get("/news/recap/")["X-Page-Cache"] == "hit"
    assert Comment.objects.get().status == Comment.Status.SPAM
