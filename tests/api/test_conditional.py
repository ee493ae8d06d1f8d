"""ETags on API answers: a client that has the current answer gets a 304."""

import pytest


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/", "/api/v2/recognitions/", "/api/v2/pages/{article}/"]
)
def test_get_then_if_none_match_is_a_304(client, content, url):
    url = url.format(article=content["article"].pk)
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""
    other = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_a_change_gives_a_new_etag(client, content):
    url = f"/api/v2/pages/{content['article'].pk}/"
    before = client.get(url)["ETag"]
    content["article"].standfirst = "A corrected standfirst."
    content["article"].save_revision().publish()
    response = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert response.status_code == 200
    assert response.json()["standfirst"] == "A corrected standfirst."
