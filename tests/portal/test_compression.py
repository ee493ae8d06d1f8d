"""Pages, feeds, sitemaps, JSON and calendars come brotli- or gzip-compressed when asked,
and decode to exactly what an uncompressed request gets (portal/compression.py)."""

import gzip
import re

import brotli
import pytest

pytestmark = pytest.mark.django_db

DECODE = {"br": brotli.decompress, "gzip": gzip.decompress}
NONCE = re.compile(rb'nonce="[^"]*"')
# Bodies that change on every request whatever the coding.
SKIPPED = {"search"}  # search results record the query, cached nowhere
# Five lines (robots.txt names only the sitemap index): in a coding that would make them
# longer (gzip's header), they are sent as they are.
TOO_SHORT = {"robots"}


def identity_body(content):
    return NONCE.sub(b'nonce=""', content)


@pytest.fixture
def routes(http_demo, db):
    return http_demo


@pytest.mark.parametrize("coding", ["br", "gzip"])
def test_every_route_is_compressed_and_decodes_to_the_identity_body(client, routes, coding):
    for name, path in routes.items():
        plain = client.get(path)
        packed = client.get(path, HTTP_ACCEPT_ENCODING=f"{coding}, identity;q=0.5")
        assert plain.status_code == packed.status_code == 200, name
        assert "Content-Encoding" not in plain, name
        if name in TOO_SHORT and "Content-Encoding" not in packed:
            assert packed.content == plain.content, name
            continue
        assert packed["Content-Encoding"] == coding, name
        assert "accept-encoding" in packed["Vary"].lower(), name
        assert "accept-encoding" in plain["Vary"].lower(), name
        assert int(packed["Content-Length"]) == len(packed.content) < len(plain.content), name
        if name not in SKIPPED:
            decoded = DECODE[coding](packed.content)
            assert identity_body(decoded) == identity_body(plain.content), name


def test_the_client_preference_is_followed(client, routes):
    response = client.get("/", HTTP_ACCEPT_ENCODING="gzip;q=1, br;q=0.1")
    assert response["Content-Encoding"] == "gzip"
    assert "Content-Encoding" not in client.get("/", HTTP_ACCEPT_ENCODING="identity")


def test_a_streamed_response_is_left_alone(rf):
    from django.http import FileResponse, HttpResponse

    from portal.compression import CompressionMiddleware

    big = b"<p>summit</p>" * 500
    streamed = CompressionMiddleware(lambda r: FileResponse(iter([big]), content_type="text/html"))
    response = streamed(rf.get("/", HTTP_ACCEPT_ENCODING="br, gzip"))
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == big

    def accel(request):
        response = HttpResponse(big, content_type="text/html")
        response["X-Accel-Redirect"] = "/protected-media/a.html"
        return response

    response = CompressionMiddleware(accel)(rf.get("/", HTTP_ACCEPT_ENCODING="gzip"))
    assert "Content-Encoding" not in response and response.content == big
