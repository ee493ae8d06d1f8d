"""Images with their renditions, and documents; never those of a restricted collection,
never the address of an original image."""

from wagtail.models import Collection, CollectionViewRestriction

from tests.factories import ImageFactory

from .conftest import items


def _restricted_collection():
    collection = Collection.get_first_root_node().add_child(name="Embargoed photos")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    return collection


def test_images_list_with_a_thumbnail_rendition(client, content):
    image = content["article"].lead_image
    (listed,) = [i for i in items(client.get("/api/v2/images/")) if i["id"] == image.pk]
    assert ".fill-400x300" in listed["thumbnail"]["url"]
    assert listed["thumbnail"]["alt"] == "A synthetic lead picture"
    assert "download_url" not in listed["meta"]


def test_image_detail_has_renditions_and_credit(client, content):
    image = content["article"].lead_image
    data = client.get(f"/api/v2/images/{image.pk}/").json()
    assert data["credit"] == "Photo: Synthetic"
    assert ".max-1600x1600" in data["large"]["url"]
    assert data["large"]["width"] == image.width
    rendition = client.get(data["thumbnail"]["url"])
    assert rendition.status_code == 200


def test_images_of_a_restricted_collection_are_never_listed(client, content):
    hidden = ImageFactory(title="Embargoed photo", collection=_restricted_collection())
    assert "Embargoed photo" not in client.get("/api/v2/images/?limit=100").content.decode()
    assert client.get(f"/api/v2/images/{hidden.pk}/").status_code == 404


def test_documents_list_and_find(client, content):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    Document = get_document_model()
    document = Document.objects.create(title="Synthetic report", file=ContentFile(b"x", "r.txt"))
    hidden = Document.objects.create(
        title="Restricted report",
        file=ContentFile(b"x", "s.txt"),
        collection=_restricted_collection(),
    )
    listed = items(client.get("/api/v2/documents/"))
    assert [d["title"] for d in listed] == ["Synthetic report"]
    assert listed[0]["meta"]["download_url"].endswith("/r.txt")
    found = client.get(f"/api/v2/documents/find/?id={document.pk}")
    assert found.status_code == 302
    assert client.get(f"/api/v2/documents/find/?id={hidden.pk}").status_code == 404
