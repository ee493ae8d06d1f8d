"""The ranked query of the site search (portal/search/ranking.py): what it finds, in which
order, through the page's filters and across pages of results. Runs on SQLite and, in CI,
on PostgreSQL (the two database paths of ranking.py)."""

import pytest
from wagtail.models import Locale

from portal.models import Person
from portal.search import hits as search_hits
from portal.search.hits import searchable_pages
from portal.search.ranking import ranked_pks
from portal.search.text import query_terms
from tests.factories import PersonFactory, StandardPageFactory

from .search_helpers import PersonSource, make_private, result_count, result_urls

pytestmark = pytest.mark.django_db


def page(parent, title, body_text="", **kwargs):
    body = [("paragraph", f"<p>{body_text}</p>")] if body_text else []
    return StandardPageFactory(parent=parent, title=title, body=body, **kwargs)


def ranked(site, query, limit=50):
    return ranked_pks(searchable_pages(site), query_terms(query), limit, broad=True)


def test_only_live_public_pages_of_the_site_are_ranked(site, home_page):
    shown = page(home_page, "Heliotrope garden")
    page(home_page, "Heliotrope draft", live=False)
    private = page(home_page, "Heliotrope members")
    make_private(private)
    elsewhere = page(home_page.get_parent(), "Heliotrope on another site")
    PersonFactory(name="Heliotrope Person")  # not a page: never among page results

    assert ranked(site, "heliotrope") == [shown.pk]
    assert elsewhere.pk in ranked(None, "heliotrope")  # no site: the whole tree


def test_more_relevant_pages_rank_first(site, home_page):
    once = page(home_page, "Exhibition notes", "The hall had one turbine on show.")
    often = page(home_page, "Turbine hall", "Turbine after turbine: the turbine hall of turbines.")
    in_body = page(home_page, "Energy day", "A turbine, a turbine and another turbine.")

    assert ranked(site, "turbine") == [often.pk, in_body.pk, once.pk]


def test_every_word_must_match_though_split_between_title_and_body(site, home_page):
    both = page(home_page, "Lantern parade", "Boats carried the lanterns along the canal.")
    page(home_page, "Lantern shop", "Paper and silk.")

    assert ranked(site, "lantern canal") == [both.pk]
    assert ranked(site, "lantern desert") == []


def test_chinese_pairs_find_the_words_inside_a_run_only(site, home_page):
    together = page(home_page, "Digital economy", "数字经济论坛在乌镇举行。")
    apart = page(home_page, "Count", "数一数，写一个字。")
    twice = page(home_page, "数字中国", "数字化与数字经济。")

    found = ranked(site, "数字")
    assert set(found) == {together.pk, twice.pk}
    assert apart.pk not in found
    assert found[0] == twice.pk  # in the title and twice in the body
    assert set(ranked(site, "数字经济")) == {twice.pk, together.pk}


def test_limit_keeps_the_best(site, home_page):
    best = page(home_page, "Robotics robotics", "Robotics everywhere: robotics.")
    for number in range(5):
        page(home_page, f"Notes {number}", "One robotics stand.")

    result = ranked(site, "robotics", limit=3)

    assert len(result) == 3
    assert result[0] == best.pk


def test_pages_are_found_when_other_models_take_the_best_matches(site, home_page):
    # The best matches of the index are people, more than the first window holds: the
    # pages still come back, in their order.
    for number in range(6):
        PersonFactory(name=f"Quasar Quasar {number}", bio="Quasar quasar quasar quasar.")
    first = page(home_page, "Quasar report", "The quasar survey.")
    second = page(home_page, "Survey notes", "A quasar was seen.")

    assert ranked(site, "quasar", limit=2) == [first.pk, second.pk]


def test_sources_are_ranked_within_their_public_queryset():
    shown = PersonFactory(name="Nebula Speaker", bio="Nebula nebula.")
    PersonFactory(name="Nebula Embargoed", job_title="Embargoed", bio="Nebula nebula nebula.")
    public = Person.objects.exclude(job_title="Embargoed")

    assert ranked_pks(public, ["nebula"], 10, search_queryset=Person.objects.all()) == [shown.pk]


def test_locale_filter_hook_narrows_the_pages(site, home_page):
    match = page(home_page, "Aurora night")
    other = Locale.objects.create(language_code="fr")

    assert ranked_pks(searchable_pages(site, Locale.get_default()), ["aurora"], 10) == [match.pk]
    assert ranked_pks(searchable_pages(site, other), ["aurora"], 10) == []


def test_pages_of_results_follow_the_ranking_without_gaps_or_repeats(client, home_page):
    # Titles first (all terms in the title), then by rank: page 2 goes on where page 1 ends.
    titled = [page(home_page, f"Glacier {number}", "ice") for number in range(4)]
    bodies = [
        page(home_page, f"Report {number}", "A glacier. " * (number + 1)) for number in range(20)
    ]

    urls = []
    for number in (1, 2, 3):
        response = client.get("/search/", {"q": "glacier", "page": number})
        assert response.status_code == 200
        urls += result_urls(response)

    assert result_count(client.get("/search/", {"q": "glacier"})) == "24 results, page 1 of 3"
    assert len(urls) == len(set(urls)) == 24
    assert set(urls[:4]) == {item.url for item in titled}
    # Among body matches, more mentions rank higher.
    assert urls[4:] == [item.url for item in reversed(bodies)]
    assert client.get("/search/", {"q": "glacier", "page": 4}).status_code == 404


def test_result_cap_counts_and_pages_agree(client, home_page, monkeypatch):
    monkeypatch.setattr(search_hits, "MAX_HITS", 12)
    for number in range(15):
        page(home_page, f"Delta {number}", "river delta")

    first = client.get("/search/", {"q": "delta"})
    second = client.get("/search/", {"q": "delta", "page": 2})

    assert result_count(first) == "12 results, page 1 of 2"
    assert len(result_urls(first)) == 10 and len(result_urls(second)) == 2
    assert not set(result_urls(first)) & set(result_urls(second))


def test_source_matches_appear_with_pages(client, home_page):
    with PersonSource():
        person = PersonFactory(name="Comet Keeper", bio="Watches comets.")
        article = page(home_page, "Comet night", "A comet over the water town.")

        urls = result_urls(client.get("/search/", {"q": "comet"}))

    assert set(urls) == {article.url, f"/people/{person.pk}/"}
