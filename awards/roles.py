"""The award administrators' role (the `portal_roles` hook): the awards section and its
records, reviewed by their own approval workflow."""

from portal.extension_points import RoleGrant, WorkflowSpec
from portal.roles import MODERATOR_PAGE_PERMISSIONS, SHARED_SNIPPETS

from .models import AwardsIndexPage

AWARD_ADMINS = "Award administrators"

RECORDS = (
    "awards.view_recognition",
    "awards.view_honouree",
    "awards.add_recognition",
    "awards.change_recognition",
    "awards.delete_recognition",
    "awards.add_honouree",
    "awards.change_honouree",
    "awards.delete_honouree",
)


def grants():
    return [
        RoleGrant(
            AWARD_ADMINS, AwardsIndexPage, MODERATOR_PAGE_PERMISSIONS, SHARED_SNIPPETS + RECORDS
        )
    ]


def workflows():
    return [WorkflowSpec("Awards approval", AWARD_ADMINS, (AwardsIndexPage,))]
