"""HEAD answers like GET on every route, a 404 included: same status, same headers and a
Content-Length that is the GET body's length."""

import pytest

pytestmark = pytest.mark.django_db

# Headers that are per response by design: the BREACH padding of compressed bodies.
PER_RESPONSE = {"x-noise"}
# Search results record each query; their length may differ by the count shown.
VOLATILE = {"search"}


@pytest.fixture(autouse=True)
def _one_nonce(monkeypatch):
    """The same CSP nonce on every response: a compressed body's length depends on the
    nonce's bytes, and the GET and the HEAD are two renders."""
    monkeypatch.setattr("csp.middleware.os.urandom", lambda size: b"\x00" * size)


@pytest.fixture
def routes(http_demo, db):
    return {**http_demo, "missing page": "/no-such-page/"}


def headers(response):
    return {k.lower(): v for k, v in response.items() if k.lower() not in PER_RESPONSE}


@pytest.mark.parametrize("encoding", ["", "br, gzip"])
def test_head_answers_like_get_on_every_route(client, routes, encoding):
    for name, path in routes.items():
        get = client.get(path, HTTP_ACCEPT_ENCODING=encoding)
        head = client.head(path, HTTP_ACCEPT_ENCODING=encoding)
        assert head.status_code == get.status_code, name
        assert head.content == b"", name
        if name in VOLATILE:
            continue
        assert int(head["Content-Length"]) == len(get.content), name
        get_headers, head_headers = headers(get), headers(head)
        assert head_headers.keys() == get_headers.keys(), name
        stable = set(get_headers) - {"content-security-policy", "etag", "content-length"}
        assert {k: head_headers[k] for k in stable} == {k: get_headers[k] for k in stable}, name
        assert head["ETag"] == get["ETag"], name


def test_a_404_head_is_as_long_as_its_page(client, routes):
    get = client.get("/no-such-page/")
    head = client.head("/no-such-page/")
    assert get.status_code == head.status_code == 404
    assert int(head["Content-Length"]) == len(get.content) > 0
    assert "Page not found" in get.content.decode()


def test_robots_answers_head(client, routes):
    response = client.head("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
