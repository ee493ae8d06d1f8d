"""The discovery helpers the gates rely on (no browser, no database)."""

from types import SimpleNamespace

import pytest

from .helpers import RequestLog, route_shape


@pytest.mark.parametrize(
    ("path", "shape"),
    [
        ("/", "/"),
        ("/about/", "/about/"),
        ("/news/tag/wuzhen/", "/news/tag/*/"),
        ("/news/tag/ai/", "/news/tag/*/"),
        ("/news/2023/", "/news/*/"),
        ("/news/2023/11/", "/news/#/*/"),
        ("/summits/2023/forum-on-ai/", "/summits/#/*/"),
    ],
)
def test_route_shape_groups_urls_of_one_route(path, shape):
    assert route_shape(path) == shape


def test_request_log_tells_the_site_from_other_hosts():
    log = RequestLog("http://127.0.0.1:8123")
    frame = SimpleNamespace(url="http://127.0.0.1:8123/")
    for url in [
        "http://127.0.0.1:8123/static/portal/css/site.css",
        "data:image/png;base64,AAAA",
        "http://127.0.0.1:9999/elsewhere.js",
        "https://fonts.example.com/font.woff2",
    ]:
        log.record(SimpleNamespace(url=url, frame=frame))
    assert log.outside == [
        "http://127.0.0.1:8123/ -> http://127.0.0.1:9999/elsewhere.js",
        "http://127.0.0.1:8123/ -> https://fonts.example.com/font.woff2",
    ]
    assert len(log.urls) == 4
