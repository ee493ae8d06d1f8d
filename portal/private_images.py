"""Images of restricted collections.

Wagtail 8 applies a collection's view restriction (CollectionViewRestriction: login,
groups or a shared password) to documents only; images have none, and every rendition
sits in MEDIA_ROOT/images/ under a guessable name (`<original>.<filter>.<ext>`). Here a
restriction covers images too: the renditions of an image whose collection (or an
ancestor) has a view restriction are stored under private_images/, which nginx and the
application never serve directly. Their URL is the permission-checked view
`portal.media_serving.private_rendition`, which applies the collection's restrictions as
Wagtail's document view does. On a public page such an image is therefore shown only to
visitors allowed to see it.

When a restriction is added or removed, or an image moves to another collection, the
renditions stored under the wrong prefix are deleted (Wagtail deletes their files); they
are made again, in the right place, the next time they are used. Original files are never
served directly at all (see settings/media.py).
"""

import os

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

PUBLIC_RENDITIONS = "images/"
PRIVATE_RENDITIONS = "private_images/"


def is_restricted(collection):
    return collection.get_view_restrictions().exists()


def rendition_upload_to(rendition, filename):
    folder = PRIVATE_RENDITIONS if is_restricted(rendition.image.collection) else PUBLIC_RENDITIONS
    return os.path.join(folder, rendition.file.field.storage.get_valid_name(filename))


def rendition_url(rendition):
    """The permission-checked view for a private rendition (no query: the stored name
    says which it is), the storage's URL for a public one."""
    name = rendition.file.name
    if name.startswith(PRIVATE_RENDITIONS):
        return reverse("private_rendition", args=[name.removeprefix(PRIVATE_RENDITIONS)])
    return rendition.file.url


def _delete_misplaced_renditions(images):
    Rendition = get_image_model().get_rendition_model()
    for collection in Collection.objects.filter(pk__in={image.collection_id for image in images}):
        renditions = Rendition.objects.filter(
            image__in=[image for image in images if image.collection_id == collection.pk]
        )
        if is_restricted(collection):
            misplaced = renditions.exclude(file__startswith=PRIVATE_RENDITIONS)
        else:
            misplaced = renditions.filter(file__startswith=PRIVATE_RENDITIONS)
        for rendition in misplaced:
            rendition.delete()


def _image_saved(sender, instance, raw=False, **kwargs):
    if not raw and instance.renditions.exists():
        _delete_misplaced_renditions([instance])


def _restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    try:
        collections = instance.collection.get_descendants(inclusive=True)
    except Collection.DoesNotExist:  # the collection itself is being deleted
        return
    images = list(get_image_model().objects.filter(collection__in=collections))
    if images:
        _delete_misplaced_renditions(images)


# Connected when the image model's module imports this one (a lazy sender: the model
# class is not built yet then).
post_save.connect(_image_saved, sender=settings.WAGTAILIMAGES_IMAGE_MODEL, weak=False)
for _signal in (post_save, post_delete):
    _signal.connect(_restriction_changed, sender=CollectionViewRestriction, weak=False)
