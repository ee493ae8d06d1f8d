import datetime

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import timezone

from comments.models import Comment, ModerationMode
from tests.comments.conftest import EMAIL, form_data, post_url, stamp
from tests.comments.factories import CommentFactory

pytestmark = pytest.mark.django_db
Status, Reason = Comment.Status, Comment.Reason


def test_post_and_display(client, article, comment_settings):
    response = client.post(post_url(article), form_data())
    comment = Comment.objects.get()
    assert response.status_code == 303
    assert response["Location"] == f"/news/recap/?comment={comment.pk}#comment-{comment.pk}"
    assert comment.status == Status.APPROVED and comment.reason == Reason.CLEAN

    html = client.get(response["Location"]).content.decode()
    assert "your comment is published" in html
    assert "A thoughtful remark about the summit." in html
    assert "1 comment" in html
    assert "A thoughtful remark" in Client().get("/news/recap/").content.decode()


def test_held_comment_is_visible_to_its_author_alone(client, article, comment_settings):
    comment_settings.moderation_mode = ModerationMode.HOLD_ALL
    comment_settings.save()
    with override_settings(PAGE_CACHE_SECONDS=300):
        location = client.post(post_url(article), form_data())["Location"]
        own = client.get(location)
        assert "awaiting moderation" in own.content.decode()
        assert "A thoughtful remark" in own.content.decode()
        assert "private" in own["Cache-Control"]  # never stored by the page cache
        assert "X-Page-Cache" not in own

        stranger = Client()
        for url in (location, "/news/recap/", location):
            html = stranger.get(url).content.decode()
            assert "A thoughtful remark" not in html
            assert "0 comments" in html
    assert Comment.objects.get().status == Status.PENDING


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [
        ({"phone_number": "+86 555 0100"}, Reason.HONEYPOT),
        ({"loaded_at": "just now"}, Reason.TOO_FAST),
        ({"loaded_at": ""}, Reason.NO_TIMESTAMP),
        ({"loaded_at": "forged:value"}, Reason.NO_TIMESTAMP),
        ({"body": "see http://a.example http://b.example www.c.example"}, Reason.TOO_MANY_LINKS),
        ({"body": "Buy cheap WATCHES here"}, Reason.BLOCKLIST),
    ],
)
def test_spam_rules_store_the_comment_as_spam_and_hide_it(
    client, article, comment_settings, overrides, reason
):
    comment_settings.blocklist = "cheap watches\n"
    comment_settings.save()
    if overrides.get("loaded_at") == "just now":
        overrides = {"loaded_at": stamp(seconds_ago=1)}
    response = client.post(post_url(article), form_data(**overrides))
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert (comment.status, comment.reason) == (Status.SPAM, reason)
    assert str(reason.label) in comment.reason_detail
    # The sender sees "awaiting moderation" (a bot learns nothing); the public sees nothing.
    assert "awaiting moderation" in client.get(response["Location"]).content.decode()
    assert comment.body not in Client().get("/news/recap/").content.decode()


@override_settings(COMMENTS_RATE_LIMITS={"ip": (3, 600), "email": (2, 600)})
def test_rate_limit_per_ip_answers_429_and_keeps_the_text(client, article, comment_settings):
    for n in range(3):
        data = form_data(author_email=f"r{n}@example.org")
        assert client.post(post_url(article), data).status_code == 303
    response = client.post(post_url(article), form_data(body="My fourth comment text"))
    assert response.status_code == 429
    html = response.content.decode()
    assert "several comments in a short time" in html
    assert "My fourth comment text" in html
    assert Comment.objects.count() == 3


@override_settings(COMMENTS_RATE_LIMITS={"ip": (100, 600), "email": (2, 600)})
def test_rate_limit_per_email_across_addresses(article, comment_settings):
    for n in range(2):
        client = Client(REMOTE_ADDR=f"10.0.0.{n}")
        assert client.post(post_url(article), form_data()).status_code == 303
    response = Client(REMOTE_ADDR="10.0.0.9").post(
        post_url(article), form_data(author_email=EMAIL.upper())
    )
    assert response.status_code == 429


def test_xss_payloads_render_escaped(client, article, comment_settings):
    payload = (
        '<script>alert("x")</script><img src=x onerror=alert(1)> see https://example.org/a?b=<i>'
    )
    client.post(post_url(article), form_data(author_name="<b>Mallory</b>", body=payload))
    html = Client().get("/news/recap/").content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in html
    assert 'href="https://example.org/a?b=' in html and 'rel="nofollow"' in html


def test_javascript_website_is_refused(client, article, comment_settings):
    response = client.post(post_url(article), form_data(author_url="javascript:alert(1)"))
    assert response.status_code == 400
    assert "Enter a valid URL" in response.content.decode()
    assert not Comment.objects.exists()


def test_size_limits_give_a_form_message(client, article, comment_settings):
    response = client.post(post_url(article), form_data(body="x" * 3001, author_name="n" * 81))
    assert response.status_code == 400
    html = response.content.decode()
    assert "at most 3000 characters" in html and "at most 80 characters" in html
    assert not Comment.objects.exists()


def test_closed_page_refuses_comments_with_a_message(client, article, comment_settings):
    article.comments_open = False
    article.save_revision().publish()
    response = client.post(post_url(article), form_data(body="Kept for you to copy"))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Comments are closed on this page" in html and "Kept for you to copy" in html
    assert not Comment.objects.exists()


def test_comments_close_after_the_set_number_of_days(client, article, comment_settings):
    comment_settings.close_after_days = 7
    comment_settings.save()
    article.first_published_at = timezone.now() - datetime.timedelta(days=1)
    article.save()
    assert 'id="comment-form"' in client.get("/news/recap/").content.decode()
    with time_machine.travel(article.first_published_at + datetime.timedelta(days=8)):
        html = client.get("/news/recap/").content.decode()
        assert "Comments are closed on this page." in html and 'id="comment-form"' not in html
        assert client.post(post_url(article), form_data()).status_code == 403


def test_email_never_appears_in_the_page(client, article, comment_settings):
    client.post(post_url(article), form_data())
    for response in (client.get("/news/recap/"), Client().get("/news/recap/")):
        assert Comment.objects.get().status == Status.APPROVED
        assert EMAIL not in response.content.decode()
        assert "private.reader" not in response.content.decode()


def test_replies_are_one_level_deep(client, article, comment_settings):
    top = CommentFactory(page=article, body="Top level")
    reply = CommentFactory(page=article, parent=top, body="First reply")
    client.post(post_url(article), form_data(parent=reply.pk, body="Reply to the reply"))
    new = Comment.objects.get(body="Reply to the reply")
    assert new.parent == top
    html = Client().get("/news/recap/").content.decode()
    assert html.count('class="comment-list comment-list--replies"') == 1
    assert html.index("Top level") < html.index("First reply") < html.index("Reply to the reply")


@pytest.mark.parametrize("parent", ["abc", "-1", "99999999999999999999999"])
def test_bad_reply_target_is_a_form_message(client, article, comment_settings, parent):
    response = client.post(post_url(article), form_data(parent=parent, body="Still mine"))
    assert response.status_code == 400
    assert "Still mine" in response.content.decode()
    assert not Comment.objects.exists()


def test_reply_to_a_hidden_comment_keeps_the_text(client, article, comment_settings):
    spam = CommentFactory(page=article, status=Status.SPAM)
    response = client.post(post_url(article), form_data(parent=spam.pk, body="My answer"))
    assert response.status_code == 400
    assert "no longer shown" in response.content.decode()
    assert "My answer" in response.content.decode()


def test_ordering_and_paging_parameters(client, article):
    CommentFactory(page=article, body="Older one")
    CommentFactory(page=article, body="Newer one")
    oldest = client.get("/news/recap/").content.decode()
    newest = client.get("/news/recap/?comments=newest").content.decode()
    assert oldest.index("Older one") < oldest.index("Newer one")
    assert newest.index("Newer one") < newest.index("Older one")
    for query in ("comments=<x>", "cpage=abc", "cpage=99999999999999", "reply=zz", "comment=-1"):
        response = client.get(f"/news/recap/?{query}")
        assert response.status_code == 200
        assert "Older one" in response.content.decode()


def test_show_more_link_pages_through_comments(client, article):
    for n in range(25):
        CommentFactory(page=article, body=f"Numbered comment {n:02d}.")
    first = client.get("/news/recap/").content.decode()
    assert "Numbered comment 19." in first and "Numbered comment 20." not in first
    assert "25 comments" in first and "cpage=2" in first
    second = client.get("/news/recap/?cpage=2").content.decode()
    assert "Numbered comment 20." in second and "Numbered comment 19." not in second


def test_unknown_or_uncommentable_page_is_404(client, home_page, comment_settings):
    assert client.post("/comments/post/999999/", form_data()).status_code == 404
    assert client.post(post_url(home_page), form_data()).status_code == 404
    assert client.get(post_url(home_page)).status_code == 405


def test_expired_form_is_shown_again(client, article, comment_settings):
    with time_machine.travel(timezone.now() - datetime.timedelta(days=3)):
        old_stamp = stamp()
    response = client.post(post_url(article), form_data(loaded_at=old_stamp, body="Late"))
    assert response.status_code == 400
    assert "please send it again" in response.content.decode()
    assert not Comment.objects.exists()


def test_moderators_are_emailed_about_pending_comments(
    client, article, comment_settings, mailoutbox
):
    comment_settings.moderation_mode = ModerationMode.HOLD_ALL
    comment_settings.notify_emails = "mod@example.org\n"
    comment_settings.save()
    client.post(post_url(article), form_data())
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["mod@example.org"]
    assert "Summit recap" in mailoutbox[0].subject
    assert "/admin/snippets/comments/comment/edit/" in mailoutbox[0].body
