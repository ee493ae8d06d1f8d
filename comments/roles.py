"""Moderators moderate visitor comments (the `portal_roles` hook)."""

from portal.extension_points import RoleGrant
from portal.roles import MODERATORS


def grants():
    return [
        RoleGrant(
            MODERATORS, model_permissions=("comments.view_comment", "comments.change_comment")
        )
    ]
