"""Throttling per client address, and the read-only CORS allow-list."""

import pytest
from django.test import override_settings


@pytest.mark.parametrize("url", ["/api/v2/pages/", "/api/v2/recognitions/"])
def test_requests_past_the_rate_are_a_429_per_address(client, content, url):
    with override_settings(API_THROTTLE_RATE="3/minute"):
        for _ in range(3):
            assert client.get(url).status_code == 200
        refused = client.get(url)
        assert refused.status_code == 429
        assert refused.json()["message"]
        assert int(refused["Retry-After"]) > 0
        assert client.get(url, REMOTE_ADDR="198.51.100.7").status_code == 200


@override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
def test_cors_header_for_an_allowed_origin_only(client, content):
    allowed = client.get("/api/v2/pages/", HTTP_ORIGIN="https://partner.example.org")
    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example.org"
    assert "Access-Control-Allow-Credentials" not in allowed
    other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://evil.example.net")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/", HTTP_ORIGIN="https://partner.example.org")
    assert "Access-Control-Allow-Origin" not in page  # the API only


@override_settings(CORS_ALLOWED_ORIGINS=["https://partner.example.org"])
def test_cors_preflight_allows_reading_only(client, content):
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://partner.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    methods = {m.strip() for m in preflight["Access-Control-Allow-Methods"].split(",")}
    assert methods == {"GET", "HEAD", "OPTIONS"}
    assert client.post("/api/v2/pages/").status_code == 405
