"""/api/v2/recognitions/ follows the pages API's contract: the same pagination, the same
error format, the same page-size limit."""

import pytest

from .conftest import assert_param_error


@pytest.mark.parametrize("url", ["/api/v2/recognitions/", "/api/v2/pages/"])
def test_both_paginate_with_meta_and_items(client, content, url):
    body = client.get(f"{url}?limit=1").json()
    assert set(body) == {"meta", "items"}
    assert body["meta"]["total_count"] >= 1 and len(body["items"]) == 1


@pytest.mark.parametrize("url", ["/api/v2/recognitions/", "/api/v2/pages/"])
@pytest.mark.parametrize(
    ("query", "param"),
    [("limit=101", "limit"), ("offset=x", "offset"), ("page_size=5", "page_size")],
)
def test_both_answer_a_bad_parameter_alike(client, content, url, query, param):
    assert_param_error(client.get(f"{url}?{query}"), param)


@pytest.mark.parametrize(
    ("query", "param"),
    [("programme=no-such-prize", "programme"), ("category=no-such-class", "category")],
)
def test_unknown_programme_or_category_is_a_400(client, content, query, param):
    assert_param_error(client.get(f"/api/v2/recognitions/?{query}"), param)


def test_programme_filter_lists_its_recognitions(client, content):
    body = client.get("/api/v2/recognitions/?programme=prog-tech").json()
    assert [r["title"] for r in body["items"]] == ["Public Project"]
    assert body["items"][0]["programme"] == {"title": "Tech Award", "slug": "prog-tech"}


@pytest.mark.parametrize("endpoint", ["recognitions", "pages"])
def test_an_offset_past_the_end_is_an_empty_page_not_a_server_error(client, db, endpoint):
    # Schemathesis on PostgreSQL: an offset above 2**63 was a 500 ("bigint out of range").
    response = client.get(f"/api/v2/{endpoint}/", {"offset": str(2**90)})
    assert response.status_code == 200
    assert response.json()["items"] == []
