"""Mail that cannot be sent is never silent: the person who triggered it is told, and it is
logged. The mail server here is one of our own that closes every connection at once, or a
port nobody listens on."""

import contextlib
import logging
import socket
import threading

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from news.models import NewsIndexPage as NEWS
from tests.factories import UserFactory
from tests.network import free_port
from tests.news.factories import ArticlePageFactory
from tests.workflow import conftest as workflow_fixtures
from tests.workflow.test_review import submit_draft

pytestmark = pytest.mark.django_db
SMTP = "django.core.mail.backends.smtp.EmailBackend"
sections = workflow_fixtures.sections
editor = workflow_fixtures.editor
moderator = workflow_fixtures.moderator


@contextlib.contextmanager
def closing_smtp_server():
    """A server that accepts a connection and closes it before saying a word."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                connection, _address = listener.accept()
            except OSError:
                return
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        stop.set()
        listener.close()
        thread.join(timeout=5)


@pytest.fixture(params=["refused", "closed"])
def broken_smtp(request):
    """Settings pointing at a mail server that refuses (nothing listens on the port) or
    hangs up at once."""
    with contextlib.ExitStack() as stack:
        if request.param == "refused":
            port = free_port()
        else:
            port = stack.enter_context(closing_smtp_server())
        stack.enter_context(
            override_settings(
                EMAIL_BACKEND=SMTP, EMAIL_HOST="127.0.0.1", EMAIL_PORT=port, EMAIL_TIMEOUT=2
            )
        )
        yield request.param


RESET_URL = "/admin/password_reset/"
UNAVAILABLE = "The password reset email cannot be sent right now"


@pytest.mark.parametrize("known_address", [True, False])
def test_password_reset_says_the_mail_server_is_unavailable(
    client, broken_smtp, caplog, known_address
):
    UserFactory(username="synthetic-forgetful", email="forgetful@example.org")
    address = "forgetful@example.org" if known_address else "nobody@example.org"
    with caplog.at_level(logging.ERROR):
        response = client.post(RESET_URL, {"email": address})
    assert response.status_code == 200  # the form again, not the redirect to "done"
    html = response.content.decode()
    assert UNAVAILABLE in html
    assert "Check your email" not in html
    assert any(
        record.name == "portal.mail_failures" and "mail server cannot be reached" in record.message
        for record in caplog.records
    )


def test_password_reset_still_sends_the_link(client):
    UserFactory(username="synthetic-forgetful", email="forgetful@example.org")
    response = client.post(RESET_URL, {"email": "forgetful@example.org"}, follow=True)
    assert "Check your email" in response.content.decode()
    assert [message.to for message in mail.outbox] == [["forgetful@example.org"]]


def messages_on_next_admin_page(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    return [str(message) for message in response.context["messages"]]


def test_editor_is_told_when_the_submission_email_fails(
    client, sections, editor, moderator, broken_smtp, caplog
):
    with caplog.at_level(logging.ERROR):
        page, state = submit_draft(
            sections[NEWS][0], ArticlePageFactory, editor, title="Synthetic story to review"
        )
    assert state.current_task_state is not None  # the submission itself went through
    shown = messages_on_next_admin_page(client, editor)
    assert any(
        "“Synthetic story to review” was submitted for review could not be sent" in message
        for message in shown
    ), shown
    assert any(record.levelno >= logging.ERROR for record in caplog.records)
    # Told once: the next page has no warning left.
    assert messages_on_next_admin_page(client, editor) == []


def test_moderator_is_told_when_the_approval_email_fails(
    client, sections, editor, moderator, broken_smtp, caplog
):
    page, state = submit_draft(
        sections[NEWS][0], ArticlePageFactory, editor, title="Synthetic story to approve"
    )
    client.force_login(editor)
    client.get(reverse("wagtailadmin_home"))  # the editor's own warning, shown and gone
    task_state = state.current_task_state
    client.force_login(moderator)
    with caplog.at_level(logging.ERROR):
        response = client.post(
            reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
            {"comment": ""},
            follow=True,
        )
    assert response.status_code == 200
    page.refresh_from_db()
    assert page.live  # approved and published, whatever happened to the email
    shown = [str(message) for message in response.context["messages"]]
    assert any(
        "“Synthetic story to approve” was approved could not be sent" in message
        for message in shown
    ), shown
    assert any(record.levelno >= logging.ERROR for record in caplog.records)
