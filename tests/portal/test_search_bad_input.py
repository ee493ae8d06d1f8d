"""Bad input on the search page and the autocomplete endpoint: a clear answer, never a 500.
Runs on SQLite and, in CI, on PostgreSQL."""

import pytest

from tests.factories import StandardPageFactory

from .search_helpers import result_urls

pytestmark = pytest.mark.django_db

OPERATOR_QUERIES = [
    '"unbalanced quote',
    "title:summit",
    "summit AND NOT forum",
    "summit OR",
    "NEAR(summit forum)",
    "(((summit",
    "summ*",
    "^summit",
    "-summit +forum",
    "summit!",
    "summit & | ! <-> :*",
    "'; DROP TABLE wagtailcore_page; --",
    "\\",
    "%_%",
    "summit'",
    "{summit}",
    "summit_forum",
]


@pytest.fixture
def summit_page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Summit forum report",
        slug="report",
        body=[("paragraph", "<p>Words.</p>")],
    )


@pytest.mark.parametrize("query", OPERATOR_QUERIES)
def test_operator_syntax_is_searched_as_plain_words(client, summit_page, query):
    response = client.get("/search/", {"q": query})
    suggestions = client.get("/search/autocomplete/", {"q": query})

    assert response.status_code == 200
    assert suggestions.status_code == 200
    assert isinstance(suggestions.json()["results"], list)


def test_operator_words_do_not_exclude_results(client, summit_page):
    assert result_urls(client.get("/search/", {"q": "summit AND NOT forum"})) == ["/report/"]
    assert result_urls(client.get("/search/", {"q": '"summit report'})) == ["/report/"]


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_empty_query_shows_the_search_form_and_suggestions(client, summit_page, query):
    response = client.get("/search/", {"q": query})

    html = response.content.decode()
    assert response.status_code == 200
    assert '<input id="search-page-q" type="search" name="q"' in html
    assert "Suggestions" in html
    assert "search-result__title" not in html


def test_no_query_parameter_at_all(client, summit_page):
    assert client.get("/search/").status_code == 200


@pytest.mark.parametrize("query", ["***", "!!!", "—", "()", '"'])
def test_symbols_only_explain_that_a_word_is_needed(client, summit_page, query):
    response = client.get("/search/", {"q": query})

    assert response.status_code == 200
    assert "Type a word or a name" in response.content.decode()


def test_very_long_query_is_shortened_with_a_notice(client, summit_page):
    response = client.get("/search/", {"q": "summit " + "x" * 10_000})

    html = response.content.decode()
    assert response.status_code == 200
    assert "only its first 200 characters were used" in html


def test_many_words_are_capped(client, summit_page):
    response = client.get("/search/", {"q": " ".join(f"w{number}" for number in range(90))})

    assert response.status_code == 200


@pytest.mark.parametrize(
    "query",
    ["summit\x00", "\x00", "sum\x00mit", "summit\x1b[31m", "summit\u200b\u202e", "\x7f\x08"],
)
def test_nul_bytes_and_control_characters(client, summit_page, query):
    response = client.get("/search/", {"q": query})
    suggestions = client.get("/search/autocomplete/", {"q": query})

    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert suggestions.status_code == 200


def test_nul_byte_between_words_splits_them(client, summit_page):
    assert result_urls(client.get("/search/", {"q": "summit\x00report"})) == ["/report/"]


@pytest.mark.parametrize(
    ("params", "shown", "message"),
    [
        ({"kind": "spaceships"}, "spaceships", "There is no such type of result."),
        ({"kind": "\x00"}, "\\x00", "There is no such type of result."),
        ({"year": "twenty"}, "twenty", "The year must be a number such as 2023."),
        ({"year": "99999"}, "99999", "less than or equal to 2100"),
        ({"year": "-1"}, "-1", "greater than or equal to 1990"),
        ({"year": "2023\x00"}, "2023\\x00", "The year must be a number such as 2023."),
        ({"sort": "price"}, "price", "Results can be ordered by relevance or date."),
    ],
)
def test_unknown_filter_values_are_a_400_with_a_message(
    client, summit_page, params, shown, message
):
    response = client.get("/search/", {"q": "summit report", **params})

    html = response.content.decode()
    label = {"kind": "Type", "year": "Year", "sort": "Order"}[next(iter(params))]
    assert response.status_code == 400
    assert "<main" in html
    assert "This listing cannot be filtered that way" in html
    assert f"<strong>{label}</strong> “<code>{shown}</code>”" in html
    assert message in html
    assert "\x00" not in html
    # The way out keeps the words searched for and drops every filter.
    assert '<a href="/search/?q=summit+report">Show the whole listing, unfiltered</a>' in html


def test_blank_filter_values_mean_no_filter(client, summit_page):
    response = client.get("/search/", {"q": "summit", "kind": "", "year": " ", "sort": ""})

    assert response.status_code == 200
    assert "/report/" in result_urls(response)
    assert result_urls(response) == result_urls(client.get("/search/", {"q": "summit"}))


@pytest.mark.parametrize(
    ("page", "message"),
    [
        ("0", "This listing has no page 0."),
        ("-1", "Page numbers are whole numbers from 1."),
        ("2", "This listing has no page 2."),
        ("abc", "Page numbers are whole numbers from 1."),
        ("1.5", "Page numbers are whole numbers from 1."),
        ("²", "Page numbers are whole numbers from 1."),
        ("99999999999999999999999", "This listing has no page 99999999999999999999999."),
        ("\x00", "Page numbers are whole numbers from 1."),
    ],
)
def test_impossible_page_numbers_are_a_404_with_a_way_back(client, summit_page, page, message):
    response = client.get("/search/", {"q": "summit", "kind": "pages", "page": page})

    html = response.content.decode()
    assert response.status_code == 404
    assert "<main" in html
    assert f"{message} It has 1 page." in html
    # Back to the first page of the same search, filters kept.
    assert '<a href="/search/?q=summit&amp;kind=pages">Go to the first page' in html


def test_a_known_year_without_matches_shows_zero_and_a_way_out(client, summit_page):
    response = client.get("/search/", {"q": "summit", "year": "1999"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Nothing matched" in html
    assert "Search all types and years" in html
    assert "1999 (0)" in html
