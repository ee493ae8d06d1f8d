"""Signal wiring: what a change invalidates."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal.extension_points import cache_dependencies
from portal.page_cache import invalidate_page_cache

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
    "wagtailsearch.indexentry",
    "wagtailadmin.editingsession",
    "sessions.session",
    "portal.customrendition",
    "auth.user",
}
# The core's and Wagtail's apps; domain apps add theirs with the `portal_cache_dependencies`
# hook.
CORE_APPS = {
    "portal",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
    "wagtailsearchpromotions",
    "wagtailredirects",
}


def _watched():
    return CORE_APPS | cache_dependencies()


def _on_model_change(sender, **kwargs):
    label = sender._meta.label_lower
    if label in IGNORED_MODELS:
        return
    watched = _watched()
    if sender._meta.app_label in watched or label in watched:
        invalidate_page_cache()


def connect():
    page_published.connect(invalidate_page_cache, dispatch_uid="page_cache_published")
    page_unpublished.connect(invalidate_page_cache, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(invalidate_page_cache, dispatch_uid="page_cache_moved")
    post_save.connect(_on_model_change, dispatch_uid="page_cache_model_saved")
    post_delete.connect(_on_model_change, dispatch_uid="page_cache_model_deleted")
