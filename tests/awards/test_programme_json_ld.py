"""A programme's JSON-LD stays the same size and cost however many recognitions it has:
the honourees of its newest 50, and how many there are in all."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.structured_data import JSON_LD_RECOGNITIONS

from .factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def programme(awards_index):
    page = AwardProgramPageFactory(parent=awards_index, title="Synthetic Prize", slug="prize")
    editions = {
        year: AwardEditionPageFactory(parent=page, year=year, title=f"Synthetic Prize {year}")
        for year in (2022, 2023)
    }
    return page, editions


def recognise(edition, count, label):
    for n in range(count):
        honouree = HonoureeFactory(person__name=f"Synthetic {label} {n}")
        RecognitionFactory(edition=edition, honourees=[honouree])


def programme_page(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/awards/prize/")
    assert response.status_code == 200
    html = response.content.decode()
    blocks = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    page_ld = next(
        o
        for o in map(json.loads, blocks)
        if isinstance(o, dict) and o.get("@type") == "CollectionPage"
    )
    return page_ld["mainEntity"], len(queries)


def names(item_list):
    return {element["item"]["name"] for element in item_list["itemListElement"]}


def test_the_json_ld_lists_the_newest_50_and_counts_them_all(client, programme):
    _page, editions = programme
    recognise(editions[2022], 40, "2022")
    recognise(editions[2023], 20, "2023")
    item_list, _queries = programme_page(client)
    listed = names(item_list)
    assert len(listed) == JSON_LD_RECOGNITIONS == 50
    assert {f"Synthetic 2023 {n}" for n in range(20)} <= listed  # the newest edition first
    assert item_list["numberOfItems"] == 60


def test_the_page_costs_the_same_queries_at_10_and_60_recognitions(client, programme):
    _page, editions = programme
    recognise(editions[2023], 10, "first")
    programme_page(client)  # the per-process caches (site, settings, content types) filled
    item_list, at_10 = programme_page(client)
    assert len(names(item_list)) == 10
    assert item_list["numberOfItems"] == 10

    recognise(editions[2022], 50, "more")
    programme_page(client)  # what the page shows once per change, computed again
    item_list, at_60 = programme_page(client)
    assert len(names(item_list)) == 50
    assert at_60 == at_10
