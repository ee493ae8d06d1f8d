"""Querysets of the live app. Nothing here imports the models: they come through the page."""

import hashlib

from django.db.models import Count, Max, Prefetch

# The renditions the stream shows (templates/live/includes/update.html).
IMAGE_SPEC = "width-800"


def updates_of(page):
    """The page's updates, newest first, with their authors and image renditions: three
    queries whatever their number."""
    image_model = page.updates.model._meta.get_field("image").related_model
    images = image_model.objects.prefetch_renditions(IMAGE_SPEC)
    return page.updates.select_related("author").prefetch_related(
        Prefetch("image", queryset=images)
    )


def stream_version(page):
    """A short fingerprint of the stream (its count, latest change and the page's status):
    one query, so a poller's unchanged answer costs no rendering."""
    found = page.updates.aggregate(count=Count("pk"), changed=Max("updated_at"))
    raw = f"{page.pk}:{page.status}:{found['count']}:{found['changed']}:{page.last_published_at}"
    return hashlib.sha256(raw.encode()).hexdigest()[:20]
