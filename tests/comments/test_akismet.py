"""Akismet, faked at the network boundary: the real `akismet` client runs, its HTTP calls
go to an httpx.MockTransport."""

from urllib.parse import parse_qs

import httpx
import pytest
from django.test import Client, override_settings

from comments import spam
from comments.models import Comment
from tests.comments.conftest import EMAIL, form_data, post_url

pytestmark = pytest.mark.django_db
Status, Reason = Comment.Status, Comment.Reason


@pytest.fixture
def akismet_calls(monkeypatch):
    """Install a fake Akismet; set `calls.reply` to a callable(request) -> httpx.Response."""

    class Calls(list):
        reply = None

    calls = Calls()

    def handler(request):
        calls.append(request)
        return calls.reply(request)

    monkeypatch.setattr(
        spam, "akismet_http_client", lambda: httpx.Client(transport=httpx.MockTransport(handler))
    )
    with override_settings(AKISMET_API_KEY="test-key"):
        yield calls


def test_ham_is_published_and_the_check_carries_the_comment(
    client, article, comment_settings, akismet_calls
):
    akismet_calls.reply = lambda request: httpx.Response(200, text="false")
    client.post(post_url(article), form_data(), HTTP_USER_AGENT="Reader/1.0")
    comment = Comment.objects.get()
    assert (comment.status, comment.reason) == (Status.APPROVED, Reason.AKISMET_HAM)
    [request] = akismet_calls
    assert request.url.path == "/1.1/comment-check"
    sent = parse_qs(request.content.decode())
    assert sent["api_key"] == ["test-key"]
    assert sent["comment_content"] == ["A thoughtful remark about the summit."]
    assert sent["comment_author_email"] == [EMAIL]
    assert sent["user_agent"] == ["Reader/1.0"]
    assert sent["permalink"] == ["http://testserver/news/recap/"]


@pytest.mark.parametrize("pro_tip", ["", "discard"])
def test_spam_verdict_is_stored_as_spam(client, article, comment_settings, akismet_calls, pro_tip):
    headers = {"X-akismet-pro-tip": pro_tip} if pro_tip else {}
    akismet_calls.reply = lambda request: httpx.Response(200, text="true", headers=headers)
    client.post(post_url(article), form_data())
    comment = Comment.objects.get()
    assert (comment.status, comment.reason) == (Status.SPAM, Reason.AKISMET_SPAM)
    assert comment.body not in Client().get("/news/recap/").content.decode()


def _timeout(request):
    raise httpx.ConnectTimeout("timed out", request=request)


def _refused(request):
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize(
    "reply",
    [
        _timeout,
        _refused,
        lambda request: httpx.Response(503, text="busy"),
        lambda request: httpx.Response(200, text="invalid"),  # a bad key
        lambda request: httpx.Response(200, text="something unexpected"),
    ],
    ids=["timeout", "refused", "503", "invalid-key", "protocol"],
)
def test_outage_holds_the_comment_for_moderation(
    client, article, comment_settings, akismet_calls, reply
):
    akismet_calls.reply = reply
    response = client.post(post_url(article), form_data())
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert (comment.status, comment.reason) == (Status.PENDING, Reason.AKISMET_DOWN)
    assert "awaiting moderation" in client.get(response["Location"]).content.decode()


def test_local_rules_spare_the_akismet_call(client, article, comment_settings, akismet_calls):
    client.post(post_url(article), form_data(phone_number="bot"))
    assert Comment.objects.get().reason == Reason.HONEYPOT
    assert akismet_calls == []


def test_without_a_key_akismet_is_not_called(client, article, comment_settings, akismet_calls):
    with override_settings(AKISMET_API_KEY=""):
        client.post(post_url(article), form_data())
    assert akismet_calls == []
    assert Comment.objects.get().reason == Reason.CLEAN
