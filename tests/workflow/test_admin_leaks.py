"""No admin view names what the user may not act on: every role × admin URL (pages, snippets,
comments, recognitions, honourees, choosers, reports, bulk actions), each request made with
the ids of records the role may not see, and no title or text of them in any answer."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from awards.models import AwardsIndexPage as AWARDS
from awards.roles import AWARD_ADMINS
from comments.models import Comment
from news.models import NewsIndexPage as NEWS
from portal.admin_security import PermittedObjectsOnly
from portal.roles import EDITORS, MODERATORS
from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)
from tests.comments.factories import CommentFactory
from tests.factories import UserFactory
from tests.news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

ADMIN_ONLY = "Admin access only"
ROLES = (EDITORS, MODERATORS, AWARD_ADMINS, ADMIN_ONLY)

# What each record's marker is, and the roles that may not see it.
SPAM = "FORBIDDEN-SPAM-7f3"
PENDING = "FORBIDDEN-PENDING-c41"
EMBARGOED = "FORBIDDEN-EMBARGO-9d2"
HONOUREE = "forbidden-honouree-e1c"
NEWS_DRAFT = "FORBIDDEN-DRAFT-NEWS-5a1"
AWARDS_DRAFT = "FORBIDDEN-DRAFT-AWARDS-2b8"
FORBIDDEN = {
    EDITORS: (SPAM, PENDING, EMBARGOED, HONOUREE, AWARDS_DRAFT),
    MODERATORS: (EMBARGOED, HONOUREE, AWARDS_DRAFT),
    AWARD_ADMINS: (SPAM, PENDING, NEWS_DRAFT),
    ADMIN_ONLY: (SPAM, PENDING, EMBARGOED, HONOUREE, NEWS_DRAFT, AWARDS_DRAFT),
}
COMMENT_ACTIONS = ("approve", "spam", "remove", "restore", "delete")
PAGE_ACTIONS = ("delete", "publish", "unpublish", "move")
PAGE_VIEWS = (
    "edit",
    "history",
    "revisions_index",
    "preview_on_edit",
    "view_draft",
    "usage",
    "delete",
    "move",
    "copy",
    "unpublish",
    "workflow_history",
    "add_subpage",
)
SNIPPET_VIEWS = ("edit", "history", "usage", "delete")


@pytest.fixture
def records(sections):
    """Records with distinctive texts: comments awaiting moderation or marked spam, an
    embargoed recognition and its honouree, and a never-published draft in two sections."""
    news_index = sections[NEWS][0]
    article = sections[NEWS][1]
    programme = sections[AWARDS][1]
    edition = AwardEditionPageFactory(
        parent=programme,
        year=2031,
        announcement_time=timezone.now() + dt.timedelta(days=30),
    )
    honouree = HonoureeFactory(slug=HONOUREE, person__name="Neutral Person Name")
    recognition = RecognitionFactory(edition=edition, title=EMBARGOED, honourees=[honouree])
    news_draft = ArticlePageFactory(parent=news_index, title=NEWS_DRAFT, live=False)
    news_draft.save_revision()
    awards_draft = AwardProgramPageFactory(
        parent=sections[AWARDS][0], title=AWARDS_DRAFT, live=False
    )
    awards_draft.save_revision()
    return {
        "spam": CommentFactory(
            page=article, body=f"{SPAM} buy now", author_name=SPAM, status=Comment.Status.SPAM
        ),
        "pending": CommentFactory(
            page=article, body=f"{PENDING} a remark", status=Comment.Status.PENDING
        ),
        "recognition": recognition,
        "honouree": honouree,
        "news_draft": news_draft,
        "awards_draft": awards_draft,
    }


@pytest.fixture
def role_users(users):
    group = Group.objects.create(name=ADMIN_ONLY)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    plain = UserFactory(username="synthetic-admin-only")
    plain.groups.add(group)
    return {**users, ADMIN_ONLY: plain}


def _bulk(app, model, action, *objects):
    url = reverse("wagtail_bulk_action", args=[app, model, action])
    return url + "?" + "&".join(f"id={obj.pk}" for obj in objects)


def _snippet_urls(obj, *, queries=()):
    app, model = obj._meta.app_label, obj._meta.model_name
    urls = [
        reverse(f"wagtailsnippets_{app}_{model}:{view}", args=[obj.pk]) for view in SNIPPET_VIEWS
    ]
    urls.append(reverse(f"wagtailsnippets_{app}_{model}:list"))
    urls += [reverse(f"wagtailsnippets_{app}_{model}:list") + f"?q={q}" for q in queries]
    chooser = f"wagtailsnippetchoosers_{app}_{model}"
    urls.append(reverse(f"{chooser}:choose"))
    urls += [reverse(f"{chooser}:choose_results") + f"?q={q}" for q in queries]
    urls.append(reverse(f"{chooser}:chosen", args=[obj.pk]))
    return urls


def url_groups(records):
    comments = (records["spam"], records["pending"])
    drafts = (records["news_draft"], records["awards_draft"])
    recognition, honouree = records["recognition"], records["honouree"]
    return {
        "pages": [
            reverse(f"wagtailadmin_pages:{view}", args=[page.pk])
            for page in drafts
            for view in PAGE_VIEWS
        ]
        + [reverse("wagtailadmin_explore", args=[page.get_parent().pk]) for page in drafts]
        + [reverse("wagtailadmin_choose_page_child", args=[p.get_parent().pk]) for p in drafts]
        + [reverse("wagtailadmin_choose_page_child", args=[page.pk]) for page in drafts]
        + [
            reverse("wagtailadmin_choose_page_chosen_multiple") + f"?id={page.pk}"
            for page in drafts
        ]
        + [reverse("wagtailadmin_pages:search") + "?q=FORBIDDEN"]
        + [reverse("wagtailadmin_choose_page_search") + "?q=FORBIDDEN"]
        + [reverse("news_articles:index"), reverse("news_articles:index") + "?q=FORBIDDEN"],
        "comments": [url for c in comments for url in _snippet_urls(c, queries=("FORBIDDEN",))],
        "recognitions": _snippet_urls(recognition, queries=("FORBIDDEN",)),
        "honourees": _snippet_urls(honouree, queries=("forbidden",)),
        "admin": [
            reverse("wagtailadmin_home"),
            "/admin/search/?q=FORBIDDEN",
            reverse("wagtailadmin_reports:locked_pages"),
            reverse("wagtailadmin_reports:site_history"),
            reverse("wagtailadmin_reports:aging_pages"),
            reverse("wagtailadmin_reports:workflow"),
            reverse("wagtailadmin_reports:workflow_tasks"),
        ],
        "bulk actions": [
            _bulk("comments", "comment", action, comment)
            for comment in comments
            for action in COMMENT_ACTIONS
        ]
        + [_bulk("comments", "comment", "approve", *comments)]
        + [_bulk("awards", "recognition", a, recognition) for a in ("set_country", "delete")]
        + [_bulk("awards", "honouree", "delete", honouree)]
        + [_bulk("wagtailcore", "page", action, page) for page in drafts for action in PAGE_ACTIONS]
        + [_bulk("wagtailcore", "page", action, *drafts) for action in PAGE_ACTIONS],
    }


GROUPS = ("pages", "comments", "recognitions", "honourees", "admin", "bulk actions")


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("role", ROLES)
def test_no_admin_view_names_what_the_role_may_not_see(client, role_users, records, role, group):
    client.force_login(role_users[role])
    leaks, errors = [], []
    for url in url_groups(records)[group]:
        response = client.get(url, follow=True)
        body = response.content.decode()
        if response.status_code not in (200, 403, 404):
            errors.append((url, response.status_code))
        leaks += [(url, marker) for marker in FORBIDDEN[role] if marker in body]
    assert errors == []
    assert leaks == [], "\n".join(f"{url} names {marker}" for url, marker in leaks)


@pytest.mark.parametrize("role", [role for role in ROLES if role != MODERATORS])
def test_a_role_without_comment_permissions_gets_403_from_their_bulk_actions(
    client, role_users, records, role
):
    client.force_login(role_users[role])
    for action in COMMENT_ACTIONS:
        response = client.get(_bulk("comments", "comment", action, records["spam"]))
        assert response.status_code == 403
        # The site's own page says why, not the server's bare "403 Forbidden".
        assert "You may not open this page" in response.content.decode()


def test_the_confirmation_counts_the_objects_left_out(client, role_users, records, sections):
    client.force_login(role_users[AWARD_ADMINS])
    own = sections[AWARDS][1]
    response = client.get(_bulk("wagtailcore", "page", "delete", own, records["news_draft"]))
    body = response.content.decode()
    assert response.status_code == 200
    assert own.title in body
    assert NEWS_DRAFT not in body
    assert "1 selected item is left out" in body


def test_every_registered_bulk_action_shows_only_permitted_objects(records):
    bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")
    actions = [
        action
        for models in bulk_action_registry.actions.values()
        for by_type in models.values()
        for action in by_type.values()
    ]
    assert actions
    assert [a for a in actions if not issubclass(a, PermittedObjectsOnly)] == []
