"""Public listings: filters combine, counts, bad input, pagination and query budgets."""

import re

import pytest

from .factories import AwardEditionPageFactory, RecognitionFactory


def titles(response):
    return [r.title for r in response.context["recognitions"].object_list]


def test_filters_combine_on_the_all_recognitions_route(client, awards_data):
    d = awards_data
    response = client.get("/awards/recognitions/")
    assert response.status_code == 200
    assert response.context["recognition_count"] == 5

    response = client.get("/awards/recognitions/?programme=prog-tech&year=2023")
    assert set(titles(response)) == {
        d["t23_alpha_cn"].title,
        d["t23_alpha_fr"].title,
        d["t23_beta_cn"].title,
    }
    response = client.get(
        "/awards/recognitions/?programme=prog-tech&year=2023&category=alpha&country=CN"
    )
    assert titles(response) == [d["t23_alpha_cn"].title]
    response = client.get("/awards/recognitions/?country=et")
    assert titles(response) == [d["c23_et"].title]


def test_programme_page_lists_every_year_and_filters_by_year_and_category(client, awards_data):
    d = awards_data
    response = client.get("/awards/prog-tech/")
    assert response.status_code == 200
    assert response.context["recognition_count"] == 4
    html = response.content.decode()
    assert d["c23_et"].title not in html  # another programme's recognition
    response = client.get("/awards/prog-tech/?year=2022")
    assert titles(response) == [d["t22_alpha_cn"].title]
    response = client.get("/awards/prog-tech/?category=beta&country=CN")
    assert titles(response) == [d["t23_beta_cn"].title]


def test_filter_options_show_counts_and_labels(client, awards_data):
    response = client.get("/awards/prog-tech/?year=2023")
    html = response.content.decode()
    assert '<label for="filter-country">' in html
    # Counts of the other filters apply: in 2023, Alpha has 2 recognitions, Beta 1.
    assert re.search(r'<option value="alpha">Alpha \(2\)</option>', html)
    assert re.search(r'<option value="beta">Beta \(1\)</option>', html)
    assert re.search(r'<option value="2023" selected>2023 \(3\)</option>', html)
    assert "3 recognitions" in html


def test_edition_page_lists_its_own_recognitions(client, awards_data):
    d = awards_data
    response = client.get("/awards/prog-tech/2023/")
    assert response.status_code == 200
    assert set(titles(response)) == {
        d["t23_alpha_cn"].title,
        d["t23_alpha_fr"].title,
        d["t23_beta_cn"].title,
    }
    html = response.content.decode()
    assert "Synthetic Laureate" in html
    assert f"/awards/honourees/{d['honouree'].slug}/" in html


@pytest.mark.parametrize(
    "query",
    ["year=20x3", "country=XX", "category=%3Cscript%3E", "programme=a%20b", "year=99999"],
)
def test_bad_filter_values_are_a_400_not_a_500(client, awards_data, query):
    for url in ("/awards/recognitions/", "/awards/prog-tech/", "/awards/prog-tech/2023/"):
        response = client.get(f"{url}?{query}")
        # Filters a page does not use are ignored; the ones it uses must be valid.
        assert response.status_code in (200, 400)
    assert client.get(f"/awards/recognitions/?{query}").status_code == 400


@pytest.mark.parametrize(
    ("url", "param", "value"),
    [
        ("/awards/recognitions/?year=20x3", "Year", "20x3"),
        ("/awards/recognitions/?country=XX", "Country or region", "XX"),
        ("/awards/recognitions/?programme=no-such-prize", "Programme", "no-such-prize"),
        ("/awards/recognitions/?category=no-such-class", "Category", "no-such-class"),
        ("/awards/prog-tech/?category=no-such-class", "Category", "no-such-class"),
        ("/awards/prog-tech/2023/?category=no-such-class", "Category", "no-such-class"),
    ],
)
def test_bad_filter_page_names_the_value_and_links_to_the_whole_listing(
    client, awards_data, url, param, value
):
    response = client.get(url)
    assert response.status_code == 400
    html = response.content.decode()
    assert f"<strong>{param}</strong> “<code>{value}</code>”" in html
    path = url.split("?")[0]
    assert f'<a href="{path}">Show the whole listing, unfiltered</a>' in html


def test_a_category_of_another_programme_is_unknown_on_a_programme_page(client, awards_data):
    from .factories import AwardCategoryFactory

    AwardCategoryFactory(programme=awards_data["cases"], name="Gamma", slug="gamma")
    assert client.get("/awards/prog-tech/?category=gamma").status_code == 400
    assert client.get("/awards/prog-cases/?category=gamma").status_code == 200
    # Known but never given: an empty list, not an error.
    response = client.get("/awards/recognitions/?category=gamma")
    assert response.status_code == 200
    assert response.context["recognition_count"] == 0


def test_a_programme_without_recognitions_is_an_empty_list(client, awards_data):
    from .factories import AwardProgramPageFactory

    AwardProgramPageFactory(parent=awards_data["index"], slug="prog-new")
    response = client.get("/awards/recognitions/?programme=prog-new")
    assert response.status_code == 200
    assert response.context["recognition_count"] == 0
    assert "No recognitions match these filters." in response.content.decode()


def test_unknown_page_number_is_a_404(client, awards_data):
    response = client.get("/awards/recognitions/?country=CN&page=99")
    assert response.status_code == 404
    assert 'href="/awards/recognitions/?country=CN"' in response.content.decode()
    assert client.get("/awards/prog-tech/?page=abc").status_code == 404


def test_pagination_splits_long_lists(client, awards_data):
    for _ in range(30):
        RecognitionFactory(edition=awards_data["cases23"], country="KE")
    first = client.get("/awards/prog-cases/")
    assert len(titles(first)) == 25
    assert 'rel="next"' in first.content.decode()
    second = client.get("/awards/prog-cases/?page=2")
    assert len(titles(second)) == 6


def test_chart_is_svg_with_a_text_table(client, awards_data):
    html = client.get("/awards/recognitions/").content.decode()
    # The site's one bar chart (portal/charts.py), a bar per row, with its data table.
    assert html.count('<svg class="chart__svg"') == 2
    assert 'role="img" aria-labelledby="chart-country-title chart-country-desc"' in html
    assert '<title id="chart-country-title">Recognitions by country or region</title>' in html
    assert '<desc id="chart-country-desc">China: 3; Ethiopia: 1; France: 1</desc>' in html
    assert html.count('<g class="chart__bar">') == 3 + 2  # three countries, two years
    assert '<caption class="visually-hidden">Recognitions by country or region</caption>' in html
    assert re.search(r'<th scope="row">China</th><td class="num">3</td>', html)
    assert re.search(r'<th scope="row">2023</th><td class="num">4</td>', html)
    assert re.search(
        r'<th scope="col">Year</th><th scope="col" class="num">Recognitions</th>', html
    )


def test_index_lists_programmes_with_their_latest_edition(client, awards_data):
    AwardEditionPageFactory(parent=awards_data["cases"], year=2024)
    html = client.get("/awards/").content.decode()
    assert "Tech Award" in html and "Cases" in html
    assert "Latest edition: 2024" in html
    assert "Latest edition: 2023" in html


def _populate(edition, category, count, honouree):
    for _ in range(count):
        RecognitionFactory(edition=edition, category=category, honourees=[honouree])


@pytest.mark.parametrize("url", ["/awards/prog-tech/", "/awards/prog-tech/2023/"])
def test_listing_query_count_is_flat_from_10_to_200(
    client, awards_data, django_assert_max_num_queries, url
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    d = awards_data
    _populate(d["tech23"], d["alpha"], 10, d["honouree"])
    client.get(url)  # warm caches (site, settings)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    at_10 = len(small)  # before the query log (9,000 entries) moves on
    _populate(d["tech23"], d["beta"], 190, d["honouree"])
    client.get(url)  # what the page shows once per change, computed again
    with django_assert_max_num_queries(at_10):
        response = client.get(url)
    assert response.status_code == 200
    assert response.context["recognition_count"] >= 200


def test_edition_page_links_its_summit_and_shows_ceremony_in_shanghai_time(client, awards_data):
    import datetime as dt

    from tests.factories import StandardPageFactory

    summit = StandardPageFactory(parent=awards_data["index"].get_parent(), title="Summit 2023")
    edition = awards_data["cases23"]
    edition.summit = summit
    edition.ceremony_time = dt.datetime(2023, 11, 9, 11, 30, tzinfo=dt.UTC)
    edition.save_revision().publish()
    html = client.get("/awards/prog-cases/2023/").content.decode()
    assert f'<a href="{summit.url}">Summit 2023</a>' in html
    assert "9 November 2023, 19:30" in html
    assert '"startDate": "2023-11-09T11:30:00+00:00"' in html
