"""Moderator decisions, shared by the admin's bulk actions and tests."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from comments.models import Comment
from portal import invalidation

Status = Comment.Status

# action -> (new status, statuses it applies to, label)
ACTIONS = {
    "approve": (Status.APPROVED, {Status.PENDING}, _("Approve")),
    "spam": (Status.SPAM, {Status.PENDING, Status.APPROVED, Status.REMOVED}, _("Mark as spam")),
    "remove": (Status.REMOVED, {Status.PENDING, Status.APPROVED, Status.SPAM}, _("Remove")),
    "restore": (Status.APPROVED, {Status.SPAM, Status.REMOVED}, _("Restore")),
}


def moderate(comments, action, user=None):
    """Apply `action` to the comments it applies to; returns how many changed."""
    new_status, from_statuses, _label = ACTIONS[action]
    ids = [c.pk for c in comments if c.status in from_statuses]
    changed = Comment.objects.filter(pk__in=ids).update(
        status=new_status,
        reason=Comment.Reason.MODERATOR,
        moderated_at=timezone.now(),
        moderated_by=user if user and user.is_authenticated else None,
    )
    if changed:
        pages = set(Comment.objects.filter(pk__in=ids).values_list("page_id", flat=True))
        pages.discard(None)  # comments kept from a deleted page
        if pages:
            invalidation.apply(invalidation.tags_for_pages(pages))
    return changed
