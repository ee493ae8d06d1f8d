"""The live app's hooks: the updates admin view, its buttons, its log actions, and its saves
as page changes for the caches."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button, ListingButton

from portal import extension_points

from .admin_views import delete_update_view, edit_update_view, updates_view
from .models import LiveCoveragePage
from .permissions import can_post_updates

LABEL = _("Live updates")


@hooks.register("register_admin_urls")
def register_live_urls():
    return [
        path("live/<int:page_id>/updates/", updates_view, name="live_updates"),
        path(
            "live/<int:page_id>/updates/<int:update_id>/",
            edit_update_view,
            name="live_update_edit",
        ),
        path(
            "live/<int:page_id>/updates/<int:update_id>/delete/",
            delete_update_view,
            name="live_update_delete",
        ),
    ]


def _is_coverage(page):
    return issubclass(page.specific_class or type(page), LiveCoveragePage)


@hooks.register("register_page_header_buttons")
def live_header_buttons(page, user, view_name, next_url=None):
    if not _is_coverage(page) or not can_post_updates(user):
        return []
    return [
        Button(
            LABEL,
            reverse("live_updates", args=[page.pk]),
            icon_name="pick",
            priority=30,
            attrs={"title": _("Post, correct or delete this page's live updates")},
        )
    ]


@hooks.register("register_page_listing_buttons")
def live_listing_buttons(page, user, next_url=None):
    if _is_coverage(page) and can_post_updates(user):
        yield ListingButton(LABEL, reverse("live_updates", args=[page.pk]), priority=30)


@hooks.register("register_log_actions")
def live_log_actions(actions):
    actions.register_action("live.update_posted", _("Post live update"), _("Live update posted"))
    actions.register_action(
        "live.update_corrected", _("Correct live update"), _("Live update corrected")
    )
    actions.register_action(
        "live.update_deleted", _("Delete live update"), _("Live update deleted")
    )


@hooks.register(extension_points.CACHE_DEPENDENCIES)
def live_cache_dependencies():
    # A posted, corrected or deleted update changes its page and the page's updates
    # endpoint: the foreign key to the page tells portal/invalidation.py which.
    return ["live"]
