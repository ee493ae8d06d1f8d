"""Signal wiring: what a change invalidates (the rules are in portal/invalidation.py)."""

from django.db.models.signals import post_save, pre_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import invalidation
from portal.extension_points import cache_dependencies

# Models whose changes never alter a public page (or change on every request).
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailsearch.indexentry",
    "wagtailadmin.editingsession",
    "sessions.session",
    "portal.customrendition",
    "auth.user",
}
# The core's and Wagtail's models and apps that public pages show; domain apps add theirs
# with the `portal_cache_dependencies` hook. Search promotions and daily hits only change
# /search/, which is never cached; redirects act only where no page answers.
CORE_DEPENDENCIES = {
    "portal",
    "wagtailimages",
    "wagtaildocs",
    "taggit.tag",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collection",
}


def _watched(sender):
    if sender.__module__ == "__fake__":  # a migration's historical model: no page is served
        return False
    watched = CORE_DEPENDENCIES | cache_dependencies()
    label = sender._meta.label_lower
    return label not in IGNORED_MODELS and (sender._meta.app_label in watched or label in watched)


def _is_draft_save(update_fields):
    return update_fields is not None and set(update_fields) <= invalidation.DRAFT_FIELDS


def _on_save(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    # A fixture or database snapshot being loaded (raw) is not an edit: its rows may not be
    # consistent until the load ends, and `flush`/`loaddata` users clear the cache anyway.
    if raw or sender.__module__ == "__fake__":
        return
    if isinstance(instance, Page):
        # Publishing sends page_published; a shell-made save of a live page counts too.
        if instance.live and not _is_draft_save(update_fields):
            invalidation.page_changed(instance)
    elif _watched(sender):
        invalidation.object_changed(instance, created=created)


def _on_delete(sender, instance, **kwargs):
    # Before the delete, while the tree and the reference index still know the object.
    if sender.__module__ == "__fake__":
        return
    if isinstance(instance, Page):
        invalidation.page_changed(instance)
    elif _watched(sender):
        invalidation.object_changed(instance)


def _on_published(sender, instance, **kwargs):
    invalidation.page_changed(instance)


def _on_moved(sender, instance, parent_page_before=None, **kwargs):
    invalidation.page_changed(instance, also={parent_page_before.pk} if parent_page_before else ())


def connect():
    page_published.connect(_on_published, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_published, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_moved, dispatch_uid="page_cache_moved")
    post_save.connect(_on_save, dispatch_uid="page_cache_model_saved")
    pre_delete.connect(_on_delete, dispatch_uid="page_cache_model_deleted")
