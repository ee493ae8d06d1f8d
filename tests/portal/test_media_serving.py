"""What the application serves of MEDIA_ROOT (portal/media_serving.py): public renditions
with long cache headers; never an original image, a document file or a private rendition
directly; documents and images of restricted collections only after the permission check."""

import pytest
from django.test import override_settings
from wagtail.models import CollectionViewRestriction
from wagtail.utils import sendfile

from portal.private_images import PRIVATE_RENDITIONS
from tests.portal.media_helpers import (
    PRIVATE_BYTES,
    PUBLIC_BYTES,
    make_document,
    make_image,
    member,
    restricted_collection,
)

pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_served_only_after_login(client, url, expected):
    refused = client.get(url)
    assert refused.status_code == 302
    assert refused["Location"].startswith("/login/?next=")
    client.force_login(member())
    allowed = client.get(url)
    assert allowed.status_code == 200
    assert body(allowed) == expected
    return allowed


@pytest.fixture
def nginx_sendfile():
    sendfile._get_sendfile.clear()  # Wagtail keeps the backend it loaded first
    with override_settings(SENDFILE_BACKEND="portal.sendfile_nginx", SENDFILE_URL="/protected/"):
        yield
    sendfile._get_sendfile.clear()


def test_only_public_renditions_are_served_from_media(client, home_page):
    image = make_image()
    document = make_document("programme.txt", PUBLIC_BYTES)
    rendition = image.get_rendition("fill-40x30")
    assert rendition.url.startswith("/media/images/")

    response = client.get(rendition.url)

    assert response.status_code == 200
    assert body(response) == rendition.file.open("rb").read()
    assert response["Content-Type"] == "image/jpeg"
    assert "public" in response["Cache-Control"] and "max-age=2592000" in response["Cache-Control"]
    assert response["Last-Modified"]
    revalidated = client.get(rendition.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert revalidated.status_code == 304

    # Never an original image or a document file, whatever the path.
    for path in (
        "/media/" + image.file.name,
        "/media/" + document.file.name,
        "/media/images/",
        "/media/images/../" + image.file.name,
        "/media/images/%2e%2e/" + image.file.name,
        "/media/images/..%2f" + document.file.name,
    ):
        response = client.get(path)
        assert response.status_code in (400, 404), path
        assert PUBLIC_BYTES not in body(response)


def test_a_private_document_is_served_only_after_login(client, home_page):
    public = make_document("programme.txt", PUBLIC_BYTES)
    response = client.get(public.url)
    assert response.status_code == 200
    assert body(response) == PUBLIC_BYTES

    document = make_document("minutes.txt", PRIVATE_BYTES, restricted_collection())

    assert_served_only_after_login(client, document.url, PRIVATE_BYTES)


def test_behind_nginx_a_document_is_handed_over_with_x_accel_redirect(
    client, home_page, nginx_sendfile
):
    document = make_document("minutes.txt", PRIVATE_BYTES, restricted_collection())
    assert client.get(document.url).status_code == 302  # the check still comes first

    client.force_login(member())
    response = client.get(document.url)

    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected/" + document.file.name
    assert body(response) == b""


def test_renditions_of_a_restricted_image_are_private(client, home_page):
    image = make_image(restricted_collection())
    rendition = image.get_rendition("fill-40x30")
    assert rendition.file.name.startswith(PRIVATE_RENDITIONS)
    assert rendition.url.startswith("/private-images/")

    # Not reachable where public renditions are, whatever the path.
    for path in (
        "/media/" + rendition.file.name,
        "/media/images/../" + rendition.file.name,
        rendition.url.replace("/private-images/", "/media/images/"),
    ):
        assert client.get(path).status_code in (400, 404), path

    allowed = assert_served_only_after_login(client, rendition.url, rendition.file.read())
    assert "private" in allowed["Cache-Control"]
    assert client.get("/private-images/no-such-file.jpg").status_code == 404


def test_restricting_a_collection_withdraws_its_public_renditions(
    client, home_page, django_capture_on_commit_callbacks
):
    image = make_image(restricted_collection("Embargoed photos"))
    CollectionViewRestriction.objects.filter(collection=image.collection).delete()
    public = image.get_rendition("fill-40x30")
    assert client.get(public.url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes files on commit
        CollectionViewRestriction.objects.create(
            collection=image.collection, restriction_type="login"
        )

    assert client.get(public.url).status_code == 404
    again = image.get_rendition("fill-40x30")
    assert again.url.startswith("/private-images/")
    assert client.get(again.url).status_code == 302


def test_moving_an_image_out_of_a_restricted_collection_makes_it_public(
    client, home_page, django_capture_on_commit_callbacks
):
    image = make_image(restricted_collection())
    private = image.get_rendition("fill-40x30")

    image.collection = image.collection.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        image.save()

    assert not private.file.storage.exists(private.file.name)
    assert client.get(private.url).status_code == 404
    public = image.get_rendition("fill-40x30")
    assert public.url.startswith("/media/images/")
    assert client.get(public.url).status_code == 200
