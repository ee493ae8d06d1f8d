"""Search and autocomplete are limited per client address (SEARCH_RATE,
AUTOCOMPLETE_RATE): over the limit a 429 with Retry-After, in the site's design or as
JSON; another address is not limited; a cache that is down limits nobody."""

import json
import signal

import pytest
from django.test import Client, override_settings

from tests.factories import StandardPageFactory
from tests.network import redis_caches

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def wuzhen(home_page):
    return StandardPageFactory(parent=home_page, slug="wuzhen", title="Wuzhen water town")


@pytest.fixture
def limits_on():
    with override_settings(RATELIMIT_ENABLE=True, SEARCH_RATE="3/m", AUTOCOMPLETE_RATE="4/m"):
        yield


def over_the_limit(client, url, params, limit):
    """`limit` answered requests, then the one over it, which is returned (a 429)."""
    for _n in range(limit):
        assert client.get(url, params).status_code == 200
    response = client.get(url, params)
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    return response


@pytest.mark.usefixtures("limits_on")
def test_search_over_its_rate_is_a_429_page_in_the_sites_design(client, wuzhen):
    response = over_the_limit(client, "/search/", {"q": "Wuzhen"}, 3)

    html = response.content.decode()
    assert "Too many requests" in html
    assert 'class="skip-link"' in html and "site-header" in html
    assert '<meta name="robots" content="noindex' in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.usefixtures("limits_on")
def test_autocomplete_over_its_rate_is_a_json_429(client, wuzhen):
    response = over_the_limit(client, "/search/autocomplete/", {"q": "Wu"}, 4)

    assert response["Content-Type"] == "application/json"
    body = json.loads(response.content)
    assert body["results"] == [] and "Too many requests" in body["error"]


@pytest.mark.usefixtures("limits_on")
def test_another_address_is_not_limited(client, wuzhen):
    for _n in range(4):
        client.get("/search/", {"q": "Wuzhen"}, REMOTE_ADDR="198.51.100.1")
    assert client.get("/search/", {"q": "Wuzhen"}, REMOTE_ADDR="198.51.100.1").status_code == 429
    assert client.get("/search/", {"q": "Wuzhen"}, REMOTE_ADDR="198.51.100.2").status_code == 200


@pytest.mark.usefixtures("limits_on")
@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_client_is_limited(client, wuzhen):
    visitor = {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    for _n in range(3):
        client.get("/search/", {"q": "Wuzhen"}, **visitor)
    assert client.get("/search/", {"q": "Wuzhen"}, **visitor).status_code == 429
    neighbour = {"HTTP_X_FORWARDED_FOR": "203.0.113.8"}
    assert client.get("/search/", {"q": "Wuzhen"}, **neighbour).status_code == 200


@pytest.mark.usefixtures("limits_on")
def test_search_and_autocomplete_count_separately(client, wuzhen):
    for _n in range(3):
        client.get("/search/", {"q": "Wuzhen"})
    assert client.get("/search/", {"q": "Wuzhen"}).status_code == 429
    assert client.get("/search/autocomplete/", {"q": "Wu"}).status_code == 200


@pytest.mark.usefixtures("limits_on")
def test_a_cache_server_that_is_down_limits_nobody(own_redis, wuzhen):
    port, process = own_redis
    with override_settings(CACHES=redis_caches(port), SEARCH_RATE="1/m", AUTOCOMPLETE_RATE="1/m"):
        client = Client()
        assert client.get("/search/", {"q": "Wuzhen"}).status_code == 200
        assert client.get("/search/", {"q": "Wuzhen"}).status_code == 429  # Redis counts

        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)

        statuses = [client.get("/search/", {"q": "Wuzhen"}).status_code for _n in range(3)]
        statuses += [
            client.get("/search/autocomplete/", {"q": "Wu"}).status_code for _n in range(3)
        ]
    assert statuses == [200] * 6
