"""Media on S3-compatible object storage (settings/media.py with AWS_STORAGE_BUCKET_NAME),
against a local moto server: a private document is handed over, after the permission
check, as a presigned URL that expires; an anonymous visitor gets no URL at all. Public
renditions keep plain URLs."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from django.core.files.storage import storages
from django.test import override_settings
from moto.server import ThreadedMotoServer

from portal.models import CustomRendition
from tests.network import free_port
from tests.portal import media_helpers as media
from tests.portal.production_server import ROOT

pytestmark = pytest.mark.django_db
BUCKET = "portal-media-test"
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
}
# The bucket policy of README.md's "Media and documents": public renditions only.
PUBLIC_RENDITIONS_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "PublicRenditions",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": f"arn:aws:s3:::{BUCKET}/images/*",
        }
    ],
}
# What settings/media.py reads from the environment and the suite's settings take over.
MEDIA_SETTINGS = [
    "STORAGES",
    "WAGTAILDOCS_SERVE_METHOD",
    "WAGTAILIMAGES_RENDITION_STORAGE",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
    "AWS_S3_REGION_NAME",
    "AWS_S3_FILE_OVERWRITE",
    "AWS_DEFAULT_ACL",
    "AWS_QUERYSTRING_AUTH",
    "AWS_QUERYSTRING_EXPIRE",
    "AWS_S3_SIGNATURE_VERSION",
]


def media_settings(env):
    """settings/media.py as production loads it with this environment."""
    code = (
        "import json, portal.settings.media as m;"
        f"print(json.dumps({{name: getattr(m, name) for name in {MEDIA_SETTINGS!r}}}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture
def s3(monkeypatch):
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    bucket = boto3.client("s3", endpoint_url=endpoint)
    bucket.create_bucket(Bucket=BUCKET)
    bucket.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_RENDITIONS_POLICY))
    found = media_settings(
        {
            **CREDENTIALS,
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
        }
    )
    with override_settings(**found):
        # The rendition model took its storage when it was built: give it this one.
        field = CustomRendition._meta.get_field("file")
        monkeypatch.setattr(field, "storage", storages["renditions"])
        yield endpoint
    server.stop()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


def signature(url):
    return parse_qs(urlsplit(url).query)


def test_private_media_on_object_storage_is_reached_only_by_signed_urls(client, home_page, s3):
    document = media.make_document(
        "minutes.txt", media.PRIVATE_BYTES, media.restricted_collection()
    )
    image = media.make_image()
    rendition = image.get_rendition("fill-60x40")
    private_rendition = media.make_image(
        media.restricted_collection("Embargoed photos")
    ).get_rendition("fill-60x40")
    assert document.file.url.startswith(f"{s3}/{BUCKET}/documents/")

    # Public renditions: a plain URL, the same in every page, fetched from the bucket.
    assert rendition.url.startswith(f"{s3}/{BUCKET}/images/")
    assert "X-Amz-Signature" not in rendition.url
    assert fetch(rendition.url) == rendition.file.read()
    # Originals and documents are signed; without the signature the bucket refuses them.
    assert "X-Amz-Signature" in signature(image.file.url)
    for unsigned in (image.file.url, document.file.url, private_rendition.file.url):
        with pytest.raises(urllib.error.HTTPError) as refused:
            fetch(unsigned.split("?")[0])
        assert refused.value.code == 403

    for url in (document.url, private_rendition.url):
        refused = client.get(url)
        assert refused.status_code == 302
        assert refused["Location"].startswith("/login/?next=")
        assert s3 not in refused["Location"]

    client.force_login(media.member())
    for url, expected in (
        (document.url, media.PRIVATE_BYTES),
        (private_rendition.url, private_rendition.file.read()),
    ):
        allowed = client.get(url)
        assert allowed.status_code == 302
        presigned = allowed["Location"]
        assert presigned.startswith(f"{s3}/{BUCKET}/")
        query = signature(presigned)
        assert "X-Amz-Signature" in query and query["X-Amz-Expires"] == ["300"]
        assert fetch(presigned) == expected
