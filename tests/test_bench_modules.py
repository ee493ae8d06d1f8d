"""The bench-only pieces (bench/urls.py, bench/counting.py) stay out of the site and do
what the HTTP benchmarks read from them."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_the_bare_view_is_not_a_url_of_the_site(client):
    assert client.get("/__bench__/bare/100/").status_code == 404


@override_settings(ROOT_URLCONF="bench.urls")
def test_the_bench_urlconf_serves_a_bare_body_of_the_asked_size(client):
    response = client.get("/__bench__/bare/2048/")
    assert response.status_code == 200
    assert len(response.content) == 2048


def test_the_counter_appends_one_byte_per_request(tmp_path, monkeypatch, rf):
    from django.http import HttpResponse

    from bench.counting import RequestCounter

    path = tmp_path / "count"
    monkeypatch.setenv("BENCH_COUNT_FILE", str(path))
    counter = RequestCounter(lambda request: HttpResponse("ok"))
    for _ in range(3):
        assert counter(rf.get("/news/")).status_code == 200
    assert path.stat().st_size == 3
