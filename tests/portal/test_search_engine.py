"""The search backend settings and the text helpers behind Chinese search and snippets."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from portal.search.text import cjk_ngrams, clean_query, query_terms, snippet, term_regex
from portal.settings.search import search_backends


def test_database_backend_by_default_with_english_configuration():
    backend = search_backends({})["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.database"
    assert backend["SEARCH_CONFIG"] == "english"


def test_search_url_switches_to_opensearch_with_an_index_name():
    backend = search_backends(
        {
            "SEARCH_URL": "https://search.example.org:9200, https://b.example.org:9200",
            "SEARCH_INDEX": "summit",
        }
    )["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backend["URLS"] == ["https://search.example.org:9200", "https://b.example.org:9200"]
    assert backend["INDEX"] == "summit"


def test_search_engine_chooses_elasticsearch():
    backend = search_backends(
        {"SEARCH_URL": "http://localhost:9200", "SEARCH_ENGINE": "elasticsearch8"}
    )["default"]

    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["INDEX"] == "portal"


def test_unknown_search_engine_or_timeout_is_refused():
    with pytest.raises(ImproperlyConfigured):
        search_backends({"SEARCH_URL": "http://localhost:9200", "SEARCH_ENGINE": "solr"})
    with pytest.raises(ImproperlyConfigured):
        search_backends({"SEARCH_URL": "http://localhost:9200", "SEARCH_TIMEOUT": "soon"})


def test_chinese_runs_become_characters_and_pairs():
    assert cjk_ngrams("在乌镇 summit 桐乡") == [
        "在",
        "乌",
        "镇",
        "在乌",
        "乌镇",
        "桐",
        "乡",
        "桐乡",
    ]


def test_query_terms_drop_operators_and_split_chinese_into_pairs():
    assert query_terms('"summit* AND NOT (forum)') == ["summit", "forum"]
    assert query_terms("桐乡市乌镇") == ["桐乡", "乡市", "市乌", "乌镇"]
    assert query_terms("WIC乌镇2023") == ["wic", "乌镇", "2023"]
    assert query_terms("镇") == ["镇"]


def test_clean_query_removes_control_characters_and_caps_length():
    assert clean_query("sum\x00mit\x1b forum") == ("sum mit forum", False)
    assert clean_query("a" * 300) == ("a" * 200, True)


def test_snippet_highlights_stems_around_the_first_match():
    text = "Opening words. " * 30 + "The summits of the series met in Wuzhen."

    result = snippet([text], term_regex(["summit", "乌镇"]))

    assert result.startswith("…")
    assert "<mark>summits</mark>" in result
    assert (
        snippet(["<b>escaped</b>"], term_regex(["escaped"]))
        == "&lt;b&gt;<mark>escaped</mark>&lt;/b&gt;"
    )
