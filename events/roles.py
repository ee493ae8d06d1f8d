"""What the editorial roles may do in the summits section (the `portal_roles` hook)."""

from portal.extension_points import RoleGrant, WorkflowSpec
from portal.roles import EDITOR_PAGE_PERMISSIONS, EDITORS, MODERATOR_PAGE_PERMISSIONS, MODERATORS

from .models import SummitIndexPage

VENUES = ("events.view_venue", "events.add_venue", "events.change_venue")


def grants():
    return [
        RoleGrant(EDITORS, SummitIndexPage, EDITOR_PAGE_PERMISSIONS, VENUES),
        RoleGrant(
            MODERATORS,
            SummitIndexPage,
            MODERATOR_PAGE_PERMISSIONS,
            (*VENUES, "events.delete_venue"),
        ),
    ]


def workflows():
    return [WorkflowSpec("Editorial review", MODERATORS, (SummitIndexPage,))]
