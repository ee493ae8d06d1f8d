"""A failed email to moderators is logged and shown to every moderator on the comment
listing until an email goes out again; the visitor's comment is kept."""

import logging

import pytest
from django.test import override_settings

from comments.models import Comment, ModerationMode
from tests.comments import test_moderation
from tests.comments.conftest import form_data, post_url
from tests.network import free_port

pytestmark = pytest.mark.django_db
LISTING_URL = "/admin/snippets/comments/comment/"
moderator = test_moderation.moderator


@pytest.fixture
def refusing_smtp():
    """Mail through SMTP to a port nobody listens on: every send is refused."""
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=free_port(),
        EMAIL_TIMEOUT=2,
    ):
        yield


def test_a_failed_moderator_email_is_logged_and_shown_to_moderators(
    client, article, comment_settings, refusing_smtp, caplog, moderator
):
    comment_settings.moderation_mode = ModerationMode.HOLD_ALL
    comment_settings.notify_emails = "mod@example.org\n"
    comment_settings.save()
    with caplog.at_level(logging.ERROR, logger="comments.notifications"):
        response = client.post(post_url(article), form_data())
    assert response.status_code == 303  # the visitor's comment is kept, as always
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert [r.getMessage() for r in caplog.records] == [
        f"Could not email moderators about comment {comment.pk}"
    ]

    # Every moderator, in any process, sees it on the comment listing until a mail goes out.
    client.force_login(moderator)
    listing = client.get(LISTING_URL)
    shown = [str(message) for message in listing.context["messages"]]
    assert len(shown) == 1
    assert "The last email to moderators about a comment awaiting moderation" in shown[0]
    assert "Connection refused" in shown[0]
    again = client.get(LISTING_URL)
    assert len(list(again.context["messages"])) == 1

    with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
        client.logout()
        client.post(post_url(article), form_data(body="Another remark, later."))
    client.force_login(moderator)
    assert list(client.get(LISTING_URL).context["messages"]) == []
