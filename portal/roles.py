"""The three editorial roles and what each may do, as data.

`manage.py setup_roles` applies this idempotently: groups, page permissions on each role's
sections, collection permissions for images and documents, model permissions for snippets
and records, and the approval workflows. The permission-matrix test reads the same data.
"""

from dataclasses import dataclass, field

EDITORS = "Editors"
MODERATORS = "Moderators"
AWARD_ADMINS = "Award administrators"

# Sections are found by the page type of their index page.
NEWS = "news.NewsIndexPage"
SUMMITS = "events.SummitIndexPage"
AWARDS = "awards.AwardsIndexPage"


@dataclass(frozen=True)
class Role:
    name: str
    # Page permission types (Wagtail: add, change, publish, lock, unlock, bulk_delete) by section.
    sections: dict
    # Model permissions as "app_label.codename".
    model_permissions: tuple = ()
    # Image and document permissions (wagtailimages.*_image, wagtaildocs.*_document) in the
    # root collection.
    media_permissions: tuple = ("add", "change", "choose")
    extra_permissions: tuple = field(default=("wagtailadmin.access_admin",))


EDITOR_PAGE_PERMISSIONS = ("add", "change", "lock")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")

SHARED_SNIPPETS = (
    "portal.view_person",
    "portal.view_organization",
    "portal.add_person",
    "portal.change_person",
    "portal.add_organization",
    "portal.change_organization",
)
NEWSROOM_SNIPPETS = (
    "news.view_source",
    "news.view_channel",
    "events.view_venue",
    "news.add_source",
    "news.change_source",
    "news.add_channel",
    "news.change_channel",
    "events.add_venue",
    "events.change_venue",
)

ROLES = (
    Role(
        EDITORS,
        sections={NEWS: EDITOR_PAGE_PERMISSIONS, SUMMITS: EDITOR_PAGE_PERMISSIONS},
        model_permissions=SHARED_SNIPPETS + NEWSROOM_SNIPPETS,
    ),
    Role(
        MODERATORS,
        sections={NEWS: MODERATOR_PAGE_PERMISSIONS, SUMMITS: MODERATOR_PAGE_PERMISSIONS},
        model_permissions=SHARED_SNIPPETS
        + NEWSROOM_SNIPPETS
        + (
            "news.delete_source",
            "news.delete_channel",
            "events.delete_venue",
            "comments.view_comment",
            "comments.change_comment",
        ),
    ),
    Role(
        AWARD_ADMINS,
        sections={AWARDS: MODERATOR_PAGE_PERMISSIONS},
        model_permissions=SHARED_SNIPPETS
        + (
            "awards.view_recognition",
            "awards.view_honoree",
            "awards.add_recognition",
            "awards.change_recognition",
            "awards.delete_recognition",
            "awards.add_honoree",
            "awards.change_honoree",
            "awards.delete_honoree",
        ),
    ),
)

# Workflows: name, the group that approves, and the sections they apply to.
WORKFLOWS = (
    ("Editorial review", MODERATORS, (NEWS, SUMMITS)),
    ("Awards approval", AWARD_ADMINS, (AWARDS,)),
)
