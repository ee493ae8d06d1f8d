"""The series page (editions and the chart across them), the home section and search."""

import re

import pytest

from .factories import KeyFigureFactory, SummitPageFactory

pytestmark = pytest.mark.django_db


def test_series_lists_editions_newest_first(client, series):
    for year in (2028, 2030, 2029):
        SummitPageFactory(parent=series, year=year, title=f"Edition {year}")

    html = client.get("/summits/").content.decode()
    html = html[html.index('id="editions-title"') :]

    assert html.index("Edition 2030") < html.index("Edition 2029") < html.index("Edition 2028")


def test_chart_with_one_edition_is_an_accessible_svg(client, edition):
    KeyFigureFactory(page=edition, metric="countries", number=126)

    html = client.get("/summits/").content.decode()

    assert '<svg class="chart__svg"' in html
    assert 'role="img"' in html
    assert '<title id="chart-countries-title">' in html
    assert '<desc id="chart-countries-desc">2030: 126</desc>' in html
    assert len(re.findall(r"<rect ", html)) == 1
    assert '<th scope="row">2030</th><td class="num">126</td>' in html  # the data table


def test_chart_compares_editions_oldest_first(client, series):
    for year, guests in ((2029, 1500), (2028, 1000), (2030, 1800)):
        edition = SummitPageFactory(parent=series, year=year)
        KeyFigureFactory(page=edition, metric="guests", number=guests, qualifier="more_than")

    html = client.get("/summits/").content.decode()

    assert "2028: more than 1,000; 2029: more than 1,500; 2030: more than 1,800" in html
    widths = [float(w) for w in re.findall(r'<rect [^>]*width="([\d.]+)"', html)]
    assert widths == sorted(widths) and widths[-1] > widths[0]


def test_key_figures_across_editions_show_every_compared_figure(client, series):
    for year, countries, guests, on_site in ((2029, 120, 1500, 90), (2030, 126, 1800, 100)):
        edition = SummitPageFactory(parent=series, year=year)
        KeyFigureFactory(page=edition, metric="countries", number=countries)
        KeyFigureFactory(page=edition, metric="guests", number=guests, qualifier="more_than")
        KeyFigureFactory(page=edition, metric="offline_countries", number=on_site)

    html = client.get("/summits/").content.decode()
    html = html[html.index('id="charts-title"') :]

    assert "Key figures across editions" in html
    for metric, title, rows in (
        ("countries", "Countries and regions taking part", ("120", "126")),
        ("guests", "Guests", ("more than 1,500", "more than 1,800")),
        ("offline_countries", "Countries and regions present on site", ("90", "100")),
    ):
        assert f'<title id="chart-{metric}-title">{title}, by edition</title>' in html
        for year, text in zip((2029, 2030), rows, strict=True):
            assert f'<th scope="row">{year}</th><td class="num">{text}</td>' in html
    assert len(re.findall(r"<rect ", html)) == 6


def test_series_without_editions_says_so(client, series):
    response = client.get("/summits/")
    assert response.status_code == 200
    assert "No edition has been published yet." in response.content.decode()


def test_home_section_shows_the_edition_with_figures(client, edition):
    KeyFigureFactory(page=edition, metric="countries", number=126)

    html = client.get("/").content.decode()

    assert 'id="home-summit-title"' in html
    assert 'href="/summits/2030/"' in html
    assert "A synthetic theme for tests" in html
    assert '<span class="key-figure__value">126</span>' in html


def test_home_has_no_summit_section_without_editions(client, series):
    assert 'id="home-summit-title"' not in client.get("/").content.decode()


@pytest.mark.parametrize("query", ["乌镇", "桐乡", "世界互联网大会"])
def test_native_names_find_the_edition(client, edition, query):
    edition.save_revision().publish()  # indexes the page with its venue and series

    html = client.get("/search/", {"q": query}).content.decode()

    assert "Synthetic Summit 2030" in html


def test_renaming_the_venue_reindexes_the_edition(client, edition):
    edition.save_revision().publish()
    venue = edition.venue
    venue.town_native = "新名字"
    venue.save()

    html = client.get("/search/", {"q": "新名字"}).content.decode()

    assert "Synthetic Summit 2030" in html
