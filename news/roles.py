"""What the editorial roles may do in the news section (the `portal_roles` hook)."""

from portal.extension_points import RoleGrant, WorkflowSpec
from portal.roles import EDITOR_PAGE_PERMISSIONS, EDITORS, MODERATOR_PAGE_PERMISSIONS, MODERATORS

from .models import NewsIndexPage

NEWSROOM_SNIPPETS = (
    "news.view_source",
    "news.view_channel",
    "news.add_source",
    "news.change_source",
    "news.add_channel",
    "news.change_channel",
)


def grants():
    return [
        RoleGrant(EDITORS, NewsIndexPage, EDITOR_PAGE_PERMISSIONS, NEWSROOM_SNIPPETS),
        RoleGrant(
            MODERATORS,
            NewsIndexPage,
            MODERATOR_PAGE_PERMISSIONS,
            (*NEWSROOM_SNIPPETS, "news.delete_source", "news.delete_channel"),
        ),
    ]


def workflows():
    return [WorkflowSpec("Editorial review", MODERATORS, (NewsIndexPage,))]
