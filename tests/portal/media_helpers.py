"""Documents, images and restricted collections for the media serving tests."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import ImageFactory, UserFactory

PUBLIC_BYTES = b"Programme of the summit: keynotes at nine.\n"
PRIVATE_BYTES = b"Board minutes: not for the public.\n"


def root_collection():
    return Collection.get_first_root_node()


def restricted_collection(name="Board papers", restriction_type="login"):
    collection = root_collection().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=restriction_type
    )
    return collection


def make_document(filename, content, collection=None):
    document = get_document_model()(title=filename, collection=collection or root_collection())
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def make_image(collection=None, title="Keynote hall"):
    return ImageFactory(title=title, collection=collection or root_collection())


def member(username="member"):
    return UserFactory(username=username)
