"""A change to what a page shows (an approved comment, the comment settings) invalidates
the page cache; a new comment held for moderation or marked as spam does not."""

from django.db.models.signals import post_delete, post_save

from portal import cache_tags, invalidation

COMMENT = "comments.Comment"
COMMENT_SETTINGS = "comments.CommentSettings"


def _comment_changed(sender, instance, raw=False, **kwargs):
    if raw:  # a fixture or snapshot being loaded, not a visitor or moderator
        return
    was_public = getattr(instance, "_loaded_status", None) == type(instance).Status.APPROVED
    if (instance.is_public or was_public) and instance.page_id is not None:
        invalidation.apply(invalidation.tags_for_pages({instance.page_id}))
    instance._loaded_status = instance.status


def _settings_changed(created=False, raw=False, **kwargs):
    if not created and not raw:  # made on first use with the defaults: no page changes
        invalidation.apply({cache_tags.SITE})


def connect():
    post_save.connect(_comment_changed, sender=COMMENT, dispatch_uid="comments_saved")
    post_delete.connect(_comment_changed, sender=COMMENT, dispatch_uid="comments_deleted")
    post_save.connect(
        _settings_changed, sender=COMMENT_SETTINGS, dispatch_uid="comment_settings_saved"
    )
