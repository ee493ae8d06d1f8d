"""Embargo: an edition's recognitions stay off every public surface until the announcement
time, and appear on all of them after it (time frozen)."""

import datetime as dt
import json

import pytest
import time_machine

from portal.extension_points import search_sources

from .conftest import ANNOUNCEMENT
from .factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)

BEFORE = ANNOUNCEMENT - dt.timedelta(minutes=1)
AFTER = ANNOUNCEMENT + dt.timedelta(minutes=1)


@pytest.fixture
def embargoed(awards_index):
    programme = AwardProgramPageFactory(parent=awards_index, slug="secret-prize")
    edition = AwardEditionPageFactory(parent=programme, year=2030, announcement_time=ANNOUNCEMENT)
    honouree = HonoureeFactory(person__name="Embargoed Laureate", person__country="BR")
    recognition = RecognitionFactory(
        edition=edition, title="Embargoed Project", country="BR", honourees=[honouree]
    )
    return {"programme": programme, "edition": edition, "honouree": honouree, "rec": recognition}


def _surfaces(client, embargoed):
    slug = embargoed["honouree"].slug
    return {
        "edition": client.get("/awards/secret-prize/2030/").content.decode(),
        "programme": client.get("/awards/secret-prize/").content.decode(),
        "all": client.get("/awards/recognitions/").content.decode(),
        "filtered": client.get("/awards/recognitions/?country=BR&year=2030").content.decode(),
        "api": client.get("/api/v2/recognitions/").content.decode(),
        "sitemap": client.get("/sitemap-pages.xml").content.decode(),
        "honouree_status": client.get(f"/awards/honourees/{slug}/").status_code,
    }


def _searchable_honourees():
    (source,) = [s for s in search_sources() if s.model.__name__ == "Honouree"]
    return list(source.get_public_queryset())


def test_embargoed_recognitions_are_absent_everywhere_before_the_time(client, embargoed):
    with time_machine.travel(BEFORE, tick=False):
        surfaces = _surfaces(client, embargoed)
        assert _searchable_honourees() == []
    for name in ("edition", "programme", "all", "filtered", "api", "sitemap"):
        assert "Embargoed Project" not in surfaces[name], name
        assert "Embargoed Laureate" not in surfaces[name], name
        assert "Brazil" not in surfaces[name], name
    assert surfaces["honouree_status"] == 404
    assert json.loads(surfaces["api"])["meta"]["total_count"] == 0
    assert "/awards/secret-prize/2030/" not in surfaces["sitemap"]
    assert "/honourees/" not in surfaces["sitemap"]
    # The edition page says when the results come, in China Standard Time.
    assert "Results to be announced" in surfaces["edition"]
    assert "9 November 2030, 20:00" in surfaces["edition"]


def test_embargoed_recognitions_appear_everywhere_after_the_time(client, embargoed):
    with time_machine.travel(AFTER, tick=False):
        surfaces = _surfaces(client, embargoed)
        assert _searchable_honourees() == [embargoed["honouree"]]
    for name in ("edition", "programme", "all", "filtered", "api"):
        assert "Embargoed Project" in surfaces[name], name
    assert "Brazil" in surfaces["all"]
    assert surfaces["honouree_status"] == 200
    assert json.loads(surfaces["api"])["meta"]["total_count"] == 1
    assert "/awards/secret-prize/2030/" in surfaces["sitemap"]
    assert f"/awards/honourees/{embargoed['honouree'].slug}/" in surfaces["sitemap"]
    assert "Results to be announced" not in surfaces["edition"]


def test_honouree_with_one_public_and_one_embargoed_recognition(client, embargoed, awards_data):
    honouree = embargoed["honouree"]
    RecognitionFactory(edition=awards_data["cases23"], title="Public Case", honourees=[honouree])
    with time_machine.travel(BEFORE, tick=False):
        response = client.get(f"/awards/honourees/{honouree.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Public Case" in html
    assert "Embargoed Project" not in html


def test_json_ld_of_programme_hides_embargoed_honourees(client, embargoed):
    with time_machine.travel(BEFORE, tick=False):
        html = client.get("/awards/secret-prize/").content.decode()
    assert "Embargoed Laureate" not in html
    with time_machine.travel(AFTER, tick=False):
        html = client.get("/awards/secret-prize/").content.decode()
    assert "Embargoed Laureate" in html


def test_unpublished_edition_hides_its_recognitions(client, awards_data):
    awards_data["tech23"].unpublish()
    response = client.get("/api/v2/recognitions/?programme=prog-tech")
    assert response.json()["meta"]["total_count"] == 1  # only 2022 is left


def test_responses_are_not_cached_past_the_announcement(client, embargoed):
    from django.utils.cache import get_max_age

    with time_machine.travel(ANNOUNCEMENT - dt.timedelta(seconds=90), tick=False):
        for url in (
            "/awards/",
            "/awards/secret-prize/",
            "/awards/secret-prize/2030/",
            "/awards/recognitions/",
            "/api/v2/recognitions/",
        ):
            response = client.get(url)
            assert response.status_code == 200
            assert get_max_age(response) == 90, url
    with time_machine.travel(AFTER, tick=False):
        assert get_max_age(client.get("/awards/secret-prize/2030/")) is None
