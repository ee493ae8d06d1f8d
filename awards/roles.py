"""The award administrators' role (the `portal_roles` hook): the awards section and its
records, reviewed by their own approval workflow."""

from portal.extension_points import RoleGrant, WorkflowSpec
from portal.roles import MODERATOR_PAGE_PERMISSIONS, SHARED_SNIPPETS

from .models import AwardsIndexPage

AWARD_ADMINS = "Award administrators"

RECORDS = (
    "awards.view_recognition",
    "awards.view_honoree",
    "awards.add_recognition",
    "awards.change_recognition",
    "awards.delete_recognition",
    "awards.add_honoree",
    "awards.change_honoree",
    "awards.delete_honoree",
)


def grants():
    return [
        RoleGrant(
            AWARD_ADMINS, AwardsIndexPage, MODERATOR_PAGE_PERMISSIONS, SHARED_SNIPPETS + RECORDS
        )
    ]


def workflows():
    return [WorkflowSpec("Awards approval", AWARD_ADMINS, (AwardsIndexPage,))]
