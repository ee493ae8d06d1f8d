"""A revisit with the validators of the copy it holds gets a 304: ETags on every route
(the CSP nonce aside, portal/conditional_get.py), for pages from the page cache and HEAD
too; If-Modified-Since where the response says when it last changed."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

# Search results are never cached and record each query: no promise of a stable body.
VOLATILE = {"search"}


@pytest.fixture
def routes(http_demo, db):
    return http_demo


def test_every_route_answers_304_to_its_own_etag(client, routes):
    for name, path in routes.items():
        first = client.get(path)
        etag = first["ETag"]
        assert etag.startswith('W/"'), name
        if name in VOLATILE:
            continue
        again = client.get(path, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304, name
        assert again["ETag"] == etag, name
        assert again.content == b"", name
        assert "Content-Security-Policy" not in again, name  # the held copy's policy stays
        head = client.head(path, HTTP_IF_NONE_MATCH=etag)
        assert head.status_code == 304, name
        assert head["ETag"] == etag, name


def test_a_changed_page_is_sent_again(client, routes):
    from news.models import ArticlePage

    path = routes["article"]
    etag = client.get(path)["ETag"]
    article = ArticlePage.objects.get(
        locale__language_code="en", url_path__endswith=path.removeprefix("/news")
    )
    article.title = "A new headline"
    article.save_revision().publish()
    response = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert "A new headline" in response.content.decode()
    assert response["ETag"] != etag


def test_the_etag_survives_compression(client, routes):
    plain = client.get("/")["ETag"]
    packed = client.get("/", HTTP_ACCEPT_ENCODING="br")
    assert packed["Content-Encoding"] == "br" and packed["ETag"] == plain
    again = client.get("/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=plain)
    assert again.status_code == 304


@override_settings(PAGE_CACHE_SECONDS=300)
@pytest.mark.parametrize("name", ["home", "article", "edition", "edition calendar", "rss"])
def test_pages_from_the_page_cache_answer_304_and_say_when_they_changed(client, routes, name):
    path = routes[name]
    first = client.get(path)
    assert first["X-Page-Cache"] == "miss"
    hit = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    assert hit.status_code == 304
    assert hit["ETag"] == first["ETag"]
    last_modified = first["Last-Modified"]
    assert client.get(path)["Last-Modified"] == last_modified  # the hit replays it
    since = client.get(path, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert since.status_code == 304
    head = client.head(path, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert head.status_code == 304
    older = client.get(path, HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT")
    assert older.status_code == 200


@pytest.mark.parametrize("name", ["rss", "atom", "sitemap", "pages sitemap"])
def test_feeds_and_sitemaps_answer_if_modified_since(client, routes, name):
    response = client.get(routes[name])
    last_modified = response["Last-Modified"]
    assert client.get(routes[name], HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    older = client.get(routes[name], HTTP_IF_MODIFIED_SINCE="Mon, 01 Jan 2001 00:00:00 GMT")
    assert older.status_code == 200


def test_the_etag_ignores_only_the_nonce():
    from portal.conditional_get import content_etag

    page = b'<script nonce="%s">x()</script><p>%s</p>'
    assert content_etag(page % (b"abc", b"one")) == content_etag(page % (b"xyz", b"one"))
    assert content_etag(page % (b"abc", b"one")) != content_etag(page % (b"abc", b"two"))
