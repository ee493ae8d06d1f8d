"""A change to what a page shows (an approved comment, the comment settings) invalidates
the page cache; a new comment held for moderation or marked as spam does not.

Senders are named by label, so that this module imports no model and the AppConfig can
import it at the top of apps.py."""

from django.db.models.signals import post_delete, post_save

from portal.page_cache import invalidate_page_cache

COMMENT = "comments.Comment"
COMMENT_SETTINGS = "comments.CommentSettings"


def _comment_changed(sender, instance, **kwargs):
    was_public = getattr(instance, "_loaded_status", None) == type(instance).Status.APPROVED
    if instance.is_public or was_public:
        invalidate_page_cache()
    instance._loaded_status = instance.status


def connect():
    post_save.connect(_comment_changed, sender=COMMENT, dispatch_uid="comments_saved")
    post_delete.connect(_comment_changed, sender=COMMENT, dispatch_uid="comments_deleted")
    post_save.connect(
        invalidate_page_cache, sender=COMMENT_SETTINGS, dispatch_uid="comment_settings_saved"
    )
