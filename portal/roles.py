"""The editorial roles, assembled from what each app grants through the `portal_roles` hook.

The core defines the two newsroom roles every section can use; an app that needs a role of
its own (award administrators) names it in its `roles.py`. `manage.py setup_roles` applies
the merged roles idempotently: groups, page permissions on each role's sections, collection
permissions for images and documents, model permissions, and the approval workflows from the
`portal_workflows` hook. The permission-matrix tests read the same data.
"""

from dataclasses import dataclass, field

from portal.extension_points import RoleGrant, role_grants

EDITORS = "Editors"
MODERATORS = "Moderators"

EDITOR_PAGE_PERMISSIONS = ("add", "change", "lock")
MODERATOR_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")

# The shared people and organisation snippets, for every role that writes about them.
SHARED_SNIPPETS = (
    "portal.view_person",
    "portal.view_organization",
    "portal.add_person",
    "portal.change_person",
    "portal.add_organization",
    "portal.change_organization",
)


@dataclass(frozen=True)
class Role:
    name: str
    # Page permission types (Wagtail: add, change, publish, lock, unlock, bulk_delete) by the
    # page type of the section's index page.
    sections: dict
    # Model permissions as "app_label.codename".
    model_permissions: tuple = ()
    # Image and document permissions (wagtailimages.*_image, wagtaildocs.*_document) in the
    # root collection.
    media_permissions: tuple = ("add", "change", "choose")
    extra_permissions: tuple = field(default=("wagtailadmin.access_admin",))


def core_grants():
    """The shared snippets, for each role that the apps use."""
    return [RoleGrant(group, model_permissions=SHARED_SNIPPETS) for group in (EDITORS, MODERATORS)]


def get_roles():
    """Every role, merged from the apps' grants, in the order their groups first appear."""
    merged = {}
    for grant in role_grants():
        sections, permissions = merged.setdefault(grant.group, ({}, []))
        if grant.section is not None:
            known = sections.setdefault(grant.section, ())
            sections[grant.section] = known + tuple(
                p for p in grant.page_permissions if p not in known
            )
        permissions.extend(p for p in grant.model_permissions if p not in permissions)
    return [
        Role(name, sections=sections, model_permissions=tuple(permissions))
        for name, (sections, permissions) in merged.items()
    ]
