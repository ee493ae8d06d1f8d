"""Honouree pages, JSON-LD, the JSON API, the home section, search and the demo."""

import json
import re

import pytest
from django.core.management import call_command

from awards.models import AwardEditionPage, AwardProgramPage, Recognition
from portal.extension_points import search_sources

from .factories import OrganisationHonoureeFactory, RecognitionFactory


def json_ld_objects(html):
    return [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def test_honouree_page_lists_all_recognitions_with_json_ld(client, awards_data):
    d = awards_data
    honouree = d["honouree"]
    RecognitionFactory(edition=d["cases23"], title="Second Honour", honourees=[honouree])
    response = client.get(f"/awards/honourees/{honouree.slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 class="page-title">Synthetic Laureate</h1>' in html
    assert "Second Honour" in html and d["t23_alpha_cn"].title in html
    person = next(o for o in json_ld_objects(html) if o.get("@type") == "Person")
    assert person["name"] == "Synthetic Laureate"
    assert sorted(person["award"]) == ["Cases 2023", "Tech Award 2023 – Alpha"]
    assert person["url"].endswith(f"/awards/honourees/{honouree.slug}/")
    assert honouree.get_absolute_url() == f"/awards/honourees/{honouree.slug}/"


def test_unknown_or_unrecognised_honouree_is_a_404(client, awards_data):
    assert client.get("/awards/honourees/nobody/").status_code == 404
    lonely = OrganisationHonoureeFactory()
    assert client.get(f"/awards/honourees/{lonely.slug}/").status_code == 404


def test_programme_json_ld_lists_honourees_with_award(client, awards_data):
    org = OrganisationHonoureeFactory(organization__name="Synthetic Org")
    RecognitionFactory(edition=awards_data["tech22"], category=awards_data["beta"], honourees=[org])
    html = client.get("/awards/prog-tech/").content.decode()
    page_ld = next(o for o in json_ld_objects(html) if o.get("@type") == "CollectionPage")
    items = [e["item"] for e in page_ld["mainEntity"]["itemListElement"]]
    by_name = {item["name"]: item for item in items}
    assert by_name["Synthetic Org"]["@type"] == "Organization"
    assert by_name["Synthetic Org"]["award"] == ["Tech Award 2022 – Beta"]
    assert by_name["Synthetic Laureate"]["@type"] == "Person"


def test_api_lists_filters_and_paginates(client, awards_data):
    response = client.get("/api/v2/recognitions/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert data["meta"]["total_count"] == 5
    data = client.get("/api/v2/recognitions/?programme=prog-tech&year=2023&country=CN").json()
    assert data["meta"]["total_count"] == 2
    laureate = next(r for r in data["items"] if r["honourees"])
    assert laureate["programme"] == {"title": "Tech Award", "slug": "prog-tech"}
    assert laureate["category"] == {"name": "Alpha", "slug": "alpha"}
    assert laureate["country"] == {"code": "CN", "name": "China"}
    assert laureate["honourees"][0]["name"] == "Synthetic Laureate"
    assert laureate["honourees"][0]["url"].startswith("http://testserver/awards/honourees/")
    page = client.get("/api/v2/recognitions/?limit=2").json()
    assert len(page["items"]) == 2 and page["meta"]["total_count"] == 5
    rest = client.get("/api/v2/recognitions/?limit=2&offset=4").json()
    assert len(rest["items"]) == 1


@pytest.mark.parametrize("query", ["year=abc", "country=XX", "offset=x", "programme=%00"])
def test_api_bad_input_is_4xx(client, awards_data, query):
    assert client.get(f"/api/v2/recognitions/?{query}").status_code in (400, 404)


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("year=abc", "year"),
        ("year=99999", "year"),
        ("country=XX", "country"),
        ("programme=%00", "programme"),
        ("programme=no-such-prize", "programme"),
        ("category=no-such-class", "category"),
        ("programme=prog-tech&category=no-such-class", "category"),
        ("limit=101", "limit"),
        ("limit=0", "limit"),
        ("offset=-1", "offset"),
        ("page_size=2", "page_size"),
        ("page=2", "page"),
    ],
)
def test_api_bad_filter_is_a_400_naming_the_parameter(client, awards_data, query, param):
    response = client.get(f"/api/v2/recognitions/?{query}")
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["message"]
    errors = body["errors"]
    assert list(errors) == [param]
    assert errors[param]


def test_api_query_count_is_flat(client, awards_data, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get("/api/v2/recognitions/")
    for _ in range(40):
        RecognitionFactory(edition=awards_data["tech23"], honourees=[awards_data["honouree"]])
    with django_assert_max_num_queries(len(small)):
        assert client.get("/api/v2/recognitions/").status_code == 200


def test_honouree_is_a_people_search_source(awards_data):
    (source,) = [s for s in search_sources() if s.model.__name__ == "Honouree"]
    assert source.kind == "people"
    assert list(source.get_public_queryset()) == [awards_data["honouree"]]


def test_home_page_has_an_awards_section(client, awards_data):
    html = client.get("/").content.decode()
    assert "Awards and honours" in html
    assert "Tech Award" in html and "/awards/prog-tech/2023/" in html


def test_export_then_import_is_idempotent(client, award_admin, awards_data):
    import csv
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(award_admin)
    export = client.get("/admin/snippets/awards/recognition/", {"export": "csv"})
    content = b"".join(export.streaming_content)
    assert len(list(csv.DictReader(io.StringIO(content.decode())))) == 5
    response = client.post(
        "/admin/awards/recognitions/import/",
        {"action": "preview", "file": SimpleUploadedFile("export.csv", content)},
    )
    assert response.context["report"].summary == {
        "created": 0,
        "updated": 0,
        "unchanged": 5,
        "rejected": 0,
    }


def test_load_demo_builds_the_2023_programmes_once(client, home_page):
    call_command("load_demo", verbosity=0)

    def counts():  # the English pages; the Chinese edition is tested in tests/demo
        return tuple(
            model.objects.filter(locale__language_code="en").count()
            for model in (AwardProgramPage, AwardEditionPage)
        )

    first = counts()
    call_command("load_demo", verbosity=0)
    assert counts() == first == (4, 4)
    english = Recognition.objects.filter(edition__locale__language_code="en")
    assert english.count() == 2
    assert set(english.values_list("country", flat=True)) == {"ET", "CN"}
    honour = AwardProgramPage.objects.get(
        locale__language_code="en", slug="ten-year-commemorative-honour"
    )
    assert [c.name for c in honour.categories.all()] == [
        "Sincere Collaborator",
        "Excellent Organizer",
        "Special Contributor",
    ]
    html = client.get("/awards/global-young-leaders-program/2023/").content.decode()
    assert ">18<" in html and ">14<" in html
    html = client.get("/awards/leading-technology-award/2023/").content.decode()
    assert ">15<" in html
    html = client.get("/awards/excellent-cases/2023/").content.decode()
    assert ">13<" in html and "Ethiopian farmers" in html


def test_site_search_backend_finds_public_honourees_only(awards_data):
    from wagtail.search.backends import get_search_backend

    from .factories import HonoureeFactory

    HonoureeFactory(person__name="Synthetic Laureate Twin")  # no recognition: not public
    (source,) = [s for s in search_sources() if s.model.__name__ == "Honouree"]
    results = list(get_search_backend().search("Laureate", source.get_public_queryset()))
    assert results == [awards_data["honouree"]]
    assert list(source.get_public_queryset().search("Laureate")) == [awards_data["honouree"]]


def test_renaming_the_person_updates_the_honouree_search_index(awards_data):
    from wagtail.search.backends import get_search_backend

    person = awards_data["honouree"].person
    person.name = "Renamed Synthetic Scientist"
    person.save()
    results = get_search_backend().search("Scientist", awards_data["honouree"].__class__)
    assert list(results) == [awards_data["honouree"]]
