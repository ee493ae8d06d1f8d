"""The recognitions listing in the Wagtail admin: filters, search, export, permissions."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from awards.models import Recognition

from .factories import RecognitionFactory

LIST_URL = "/admin/snippets/awards/recognition/"
IMPORT_URL = "/admin/awards/recognitions/import/"


def _csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(content)))


@pytest.fixture
def admin_client(client, award_admin):
    client.force_login(award_admin)
    return client


def test_listing_url_is_the_viewset_url(awards_data):
    assert reverse(Recognition.snippet_viewset.get_url_name("list")) == LIST_URL


def test_award_admin_sees_filters_and_rows(admin_client, awards_data):
    response = admin_client.get(LIST_URL)
    assert response.status_code == 200
    html = response.content.decode()
    for label in ("Programme", "Year", "Category", "Country or region"):
        assert label in html
    assert awards_data["c23_et"].title in html
    assert "Import from CSV or Excel" in html


def test_admin_filters_combine(admin_client, awards_data):
    d = awards_data
    response = admin_client.get(
        LIST_URL, {"programme": d["tech"].pk, "year": 2023, "country": "CN"}
    )
    listed = {obj.pk for obj in response.context["object_list"]}
    assert listed == {d["t23_alpha_cn"].pk, d["t23_beta_cn"].pk}
    response = admin_client.get(LIST_URL, {"category": d["alpha"].pk, "year": 2022})
    assert [obj.pk for obj in response.context["object_list"]] == [d["t22_alpha_cn"].pk]


def test_admin_search_by_title_and_honouree_name(admin_client, awards_data):
    d = awards_data
    response = admin_client.get(LIST_URL, {"q": "laureate"})
    assert [obj.pk for obj in response.context["object_list"]] == [d["t23_alpha_cn"].pk]
    response = admin_client.get(LIST_URL, {"q": d["c23_et"].title})
    assert [obj.pk for obj in response.context["object_list"]] == [d["c23_et"].pk]


def test_admin_listing_sorts_by_column(admin_client, awards_data):
    response = admin_client.get(LIST_URL, {"ordering": "country"})
    countries = [obj.country.code for obj in response.context["object_list"]]
    assert countries == sorted(countries)


def test_csv_export_has_exactly_the_filtered_rows(admin_client, awards_data):
    d = awards_data
    response = admin_client.get(
        LIST_URL,
        {"programme": d["tech"].pk, "year": 2023, "category": d["alpha"].pk, "export": "csv"},
    )
    assert response.status_code == 200
    rows = _csv_rows(response)
    assert sorted(row["title"] for row in rows) == sorted(
        [d["t23_alpha_cn"].title, d["t23_alpha_fr"].title]
    )
    assert set(rows[0]) == {
        "programme",
        "year",
        "category",
        "honouree",
        "honouree_type",
        "title",
        "country",
        "citation",
        "rank",
    }
    laureate = next(row for row in rows if row["honouree"])
    assert laureate == {
        "programme": "prog-tech",
        "year": "2023",
        "category": "alpha",
        "honouree": "Synthetic Laureate",
        "honouree_type": "person",
        "title": d["t23_alpha_cn"].title,
        "country": "CN",
        "citation": "",
        "rank": str(d["t23_alpha_cn"].rank),
    }


def test_xlsx_export_has_exactly_the_filtered_rows(admin_client, awards_data):
    response = admin_client.get(LIST_URL, {"country": "ET", "export": "xlsx"})
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "programme"
    assert len(rows) == 2
    assert rows[1][5] == awards_data["c23_et"].title


@pytest.mark.parametrize("payload", ["=1+2", "+SUM(A1)", "-2+3", "@cmd", '=HYPERLINK("x")'])
def test_exports_neutralise_formulas(admin_client, awards_data, payload):
    RecognitionFactory(
        edition=awards_data["cases23"], title=payload, citation=payload, country="KE"
    )
    rows = _csv_rows(admin_client.get(LIST_URL, {"country": "KE", "export": "csv"}))
    assert rows[0]["title"] == "'" + payload
    assert rows[0]["citation"] == "'" + payload
    response = admin_client.get(LIST_URL, {"country": "KE", "export": "xlsx"})
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    cells = list(workbook.active.iter_rows(min_row=2, values_only=True))[0]
    assert cells[5] == "'" + payload
    for row in workbook.active.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)


def test_news_editor_gets_403_on_listing_export_and_import(client, news_editor, awards_data):
    client.force_login(news_editor)
    assert client.get(LIST_URL).status_code == 403
    assert client.get(LIST_URL, {"export": "csv"}).status_code == 403
    assert client.get(IMPORT_URL).status_code == 403
    assert client.post(IMPORT_URL, {"action": "confirm", "payload": "x"}).status_code == 403
    edit_url = reverse(
        Recognition.snippet_viewset.get_url_name("edit"), args=[awards_data["c23_et"].pk]
    )
    assert client.get(edit_url).status_code == 403


def test_news_editor_cannot_edit_award_pages(client, news_editor, awards_data):
    client.force_login(news_editor)
    response = client.get(f"/admin/pages/{awards_data['tech'].pk}/edit/")
    assert response.status_code in (302, 403)
    assert awards_data["tech"].permissions_for_user(news_editor).can_edit() is False


def test_superuser_can_use_the_listing(client, awards_data):
    from tests.factories import UserFactory

    user = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(user)
    assert client.get(LIST_URL).status_code == 200
    assert client.get(IMPORT_URL).status_code == 200


def test_bulk_delete_is_offered_and_works(admin_client, awards_data):
    html = admin_client.get(LIST_URL).content.decode()
    assert "bulk-actions" in html or "data-bulk-action" in html
    d = awards_data
    url = (
        "/admin/bulk/awards/recognition/delete/?next="
        + LIST_URL
        + f"&id={d['c23_et'].pk}&id={d['t22_alpha_cn'].pk}"
    )
    assert admin_client.get(url).status_code == 200
    admin_client.post(url)
    assert not Recognition.objects.filter(pk__in=[d["c23_et"].pk, d["t22_alpha_cn"].pk]).exists()
    assert Recognition.objects.count() == 3


def test_admin_listing_query_count_is_flat(
    admin_client, awards_data, django_assert_max_num_queries
):
    d = awards_data
    for _ in range(10):
        RecognitionFactory(edition=d["tech23"], category=d["alpha"], honourees=[d["honouree"]])
    admin_client.get(LIST_URL)
    with CaptureQueriesContext(connection) as small:
        admin_client.get(LIST_URL)
    for _ in range(190):
        RecognitionFactory(edition=d["tech22"], category=d["beta"], honourees=[d["honouree"]])
    with django_assert_max_num_queries(len(small)):
        response = admin_client.get(LIST_URL, {"p": 1})
    assert response.status_code == 200


def test_award_admin_creates_a_recognition_through_the_form(admin_client, awards_data):
    d = awards_data
    add_url = reverse(Recognition.snippet_viewset.get_url_name("add"))
    assert admin_client.get(add_url).status_code == 200
    response = admin_client.post(
        add_url,
        {
            "edition": d["cases23"].pk,
            "category": "",
            "honourees": [d["honouree"].pk],
            "title": "Synthetic Form Case",
            "citation": "",
            "country": "KE",
            "rank": "7",
            "link_page": "",
            "link_document": "",
        },
    )
    assert response.status_code == 302
    created = Recognition.objects.get(title="Synthetic Form Case")
    assert list(created.honourees.all()) == [d["honouree"]]


def test_honouree_must_be_a_person_or_an_organisation(client, awards_data):
    from tests.factories import OrganizationFactory, PersonFactory, UserFactory

    client.force_login(UserFactory(username="root2", is_superuser=True))
    add_url = reverse(awards_data["honouree"].snippet_viewset.get_url_name("add"))
    both = {"person": PersonFactory().pk, "organization": OrganizationFactory().pk, "slug": ""}
    response = client.post(add_url, both)
    assert response.status_code == 200
    assert "Choose either a person or an organisation." in response.content.decode()


def test_edition_page_can_be_created_in_the_admin(client, awards_data):
    from tests.factories import UserFactory

    client.force_login(UserFactory(username="root3", is_superuser=True))
    url = f"/admin/pages/add/awards/awardeditionpage/{awards_data['cases'].pk}/"
    response = client.get(url)
    assert response.status_code == 200
    assert "announcement_time" in response.content.decode()


def test_bulk_set_country(admin_client, awards_data):
    d = awards_data
    ids = [d["c23_et"].pk, d["t22_alpha_cn"].pk]
    url = (
        "/admin/bulk/awards/recognition/set_country/?next="
        + LIST_URL
        + "".join(f"&id={pk}" for pk in ids)
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Country or region" in response.content.decode()
    response = admin_client.post(url, {"country": "JP"})
    assert response.status_code == 302
    assert set(Recognition.objects.filter(pk__in=ids).values_list("country", flat=True)) == {"JP"}
    assert Recognition.objects.filter(country="JP").count() == 2


def test_news_editor_cannot_bulk_set_country(client, news_editor, awards_data):
    client.force_login(news_editor)
    pk = awards_data["c23_et"].pk
    client.post(f"/admin/bulk/awards/recognition/set_country/?id={pk}", {"country": "JP"})
    awards_data["c23_et"].refresh_from_db()
    assert awards_data["c23_et"].country == "ET"
