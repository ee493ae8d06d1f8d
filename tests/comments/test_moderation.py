import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from comments.moderation import ACTIONS, moderate
from tests.comments.factories import CommentFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
Status = Comment.Status


@pytest.fixture
def moderator():
    group = Group.objects.create(name="Comment moderators")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="comments", codename__endswith="_comment"
        ),
    )
    user = UserFactory(username="moderator")
    user.groups.add(group)
    return user


def bulk(client, action, comments):
    url = reverse("wagtail_bulk_action", args=("comments", "comment", action))
    query = "&".join(f"id={c.pk}" for c in comments)
    return client.post(f"{url}?{query}&next=/admin/snippets/comments/comment/")


@pytest.mark.parametrize(
    ("action", "before", "after"),
    [
        ("approve", Status.PENDING, Status.APPROVED),
        ("spam", Status.APPROVED, Status.SPAM),
        ("remove", Status.APPROVED, Status.REMOVED),
        ("restore", Status.SPAM, Status.APPROVED),
        ("restore", Status.REMOVED, Status.APPROVED),
    ],
)
def test_bulk_actions_change_what_visitors_see(client, article, moderator, action, before, after):
    comments = CommentFactory.create_batch(2, page=article, status=before)
    untouched_status = next(s for s in Status if s not in ACTIONS[action][1])
    untouched = CommentFactory(page=article, status=untouched_status)
    client.force_login(moderator)
    confirm = client.get(
        reverse("wagtail_bulk_action", args=("comments", "comment", action))
        + f"?id={comments[0].pk}&id={comments[1].pk}"
    )
    assert confirm.status_code == 200
    response = bulk(client, action, [*comments, untouched])
    assert response.status_code == 302
    for comment in comments:
        comment.refresh_from_db()
        assert comment.status == after
        assert comment.reason == Comment.Reason.MODERATOR and comment.moderated_by == moderator
    untouched.refresh_from_db()  # the action does not apply to its status: left alone
    assert (untouched.status, untouched.moderated_by) == (untouched_status, None)

    html = Client().get("/news/recap/").content.decode()
    assert (comments[0].body in html) == (after == Status.APPROVED)


def test_spam_is_kept_and_restorable(article):
    comment = CommentFactory(page=article, status=Status.SPAM)
    assert comment.body not in Client().get("/news/recap/").content.decode()
    assert moderate([comment], "restore") == 1
    assert comment.body in Client().get("/news/recap/").content.decode()


def test_user_without_permission_cannot_moderate(client, article):
    comment = CommentFactory(page=article, status=Status.PENDING)
    editor = UserFactory(username="editor")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    bulk(client, "approve", [comment])
    comment.refresh_from_db()
    assert comment.status == Status.PENDING
    assert client.get("/admin/snippets/comments/comment/").status_code in (302, 403)


def test_listing_filters_search_and_dashboard_count(client, article, moderator):
    CommentFactory(page=article, status=Status.PENDING, body="Waiting about Wuzhen")
    CommentFactory(page=article, status=Status.PENDING, body="Another one waiting")
    CommentFactory(
        page=article, status=Status.SPAM, reason=Comment.Reason.HONEYPOT, body="Spammy text"
    )
    client.force_login(moderator)
    listing = "/admin/snippets/comments/comment/"
    html = client.get(listing, {"status": "spam"}).content.decode()
    assert "Spammy text" in html and "Waiting about Wuzhen" not in html
    html = client.get(listing, {"reason": "honeypot"}).content.decode()
    assert "Spammy text" in html and "Another one waiting" not in html
    html = client.get(listing, {"q": "Wuzhen"}).content.decode()
    assert "Waiting about Wuzhen" in html and "Another one waiting" not in html
    html = client.get(
        listing, {"page": article.pk, "created_at_after": "2000-01-01"}
    ).content.decode()
    assert "Spammy text" in html
    assert client.get(listing, {"status": "nonsense"}).status_code == 200
    for action in ("approve", "spam", "remove", "restore"):
        assert f"/admin/bulk/comments/comment/{action}/" in html
    # Comments come from visitors only: no "add" in the admin, even for a superuser.
    assert client.get(f"{listing}add/").status_code in (302, 403)

    dashboard = client.get("/admin/").content.decode()
    assert "2 comments awaiting moderation" in dashboard
    assert f"{listing}?status=pending" in dashboard


def test_moderator_can_open_a_comment(client, article, moderator):
    comment = CommentFactory(page=article, status=Status.PENDING)
    client.force_login(moderator)
    response = client.get(f"/admin/snippets/comments/comment/edit/{comment.pk}/")
    assert response.status_code == 200
    assert comment.author_email in response.content.decode()  # moderators may see it


def test_deleting_a_page_keeps_its_comments_for_moderators(client, article, moderator):
    CommentFactory(page=article, status=Status.APPROVED, body="Kept after the page goes")
    CommentFactory(page=article, status=Status.PENDING, body="Pending, kept too")
    admin = UserFactory(username="chief", is_superuser=True, is_staff=True)
    client.force_login(admin)
    confirm = client.get(reverse("wagtailadmin_pages:delete", args=[article.pk]))
    assert confirm.status_code == 200
    assert "2 visitor comments on this page and its subpages will be kept" in (
        confirm.content.decode()
    )

    title, url_path = article.title, article.url_path
    article.delete()

    kept = Comment.objects.order_by("body")
    assert [c.body for c in kept] == ["Kept after the page goes", "Pending, kept too"]
    assert {(c.page_id, c.page_title, c.page_url) for c in kept} == {(None, title, url_path)}
    client.force_login(moderator)
    html = client.get("/admin/snippets/comments/comment/").content.decode()
    assert "Kept after the page goes" in html
    assert f"{title} (page deleted)" in html
