"""Award pages say how much of a list is entered, never "15 recognised" above "0
recognitions", and leave no orphan separators."""

import re
from html import unescape

import pytest
from django.core.management import call_command

from .factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)


def text(response):
    """The page's visible text, tags removed and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


@pytest.fixture
def programme(awards_index):
    return AwardProgramPageFactory(parent=awards_index, title="Tech Award", slug="tech")


def test_edition_with_a_count_and_no_list_says_the_list_is_not_entered(client, programme):
    AwardEditionPageFactory(parent=programme, year=2023, projects_count=15)
    page = text(client.get("/awards/tech/2023/"))
    assert "15 projects and cases recognised; the list has not been entered yet." in page
    assert "0 recognitions" not in page
    assert "No recognitions have been published yet" not in page


def test_edition_with_part_of_its_list_says_how_many_are_listed(client, programme):
    edition = AwardEditionPageFactory(parent=programme, year=2023, projects_count=13)
    RecognitionFactory(edition=edition, title="Coffee online")
    RecognitionFactory(edition=edition, title="Rural classes")
    page = text(client.get("/awards/tech/2023/"))
    assert "2 recognitions" in page
    assert "13 projects and cases recognised; 2 of them are listed here." in page
    assert "Coffee online" in page and "Rural classes" in page


def test_cohort_count_is_named_in_people(client, programme):
    AwardEditionPageFactory(parent=programme, year=2023, people_count=18)
    page = text(client.get("/awards/tech/2023/"))
    assert "18 people recognised; the list has not been entered yet." in page


def test_complete_list_and_filtered_list_carry_no_note(client, programme):
    edition = AwardEditionPageFactory(parent=programme, year=2023, projects_count=1)
    RecognitionFactory(edition=edition, title="Only one", country="FR")
    page = text(client.get("/awards/tech/2023/"))
    assert "1 recognition" in page and "listed here" not in page and "not been entered" not in page
    filtered = text(client.get("/awards/tech/2023/?country=FR"))
    assert "1 recognition" in filtered and "not been entered" not in filtered


def test_edition_without_any_count_says_its_list_is_not_entered(client, programme):
    AwardEditionPageFactory(parent=programme, year=2023)
    page = text(client.get("/awards/tech/2023/"))
    assert "The list of this edition's recognitions has not been entered yet." in page
    assert "0 recognitions" not in page and "No recognitions have been published" not in page


def test_programme_page_names_the_year_whose_list_is_missing(client, programme):
    AwardEditionPageFactory(parent=programme, year=2023, projects_count=15)
    complete = AwardEditionPageFactory(parent=programme, year=2022, projects_count=1)
    RecognitionFactory(edition=complete, title="Listed in 2022")
    page = text(client.get("/awards/tech/"))
    assert "2023: 15 projects and cases recognised; the list has not been entered yet." in page
    assert "2022: 1 project" not in page and "listed here" not in page
    assert "1 recognition" in page


def test_edition_meta_has_no_orphan_separator(client, programme, home_page):
    AwardEditionPageFactory(parent=programme, year=2023)
    html = client.get("/awards/tech/2023/").content.decode()
    header = html.split('<header class="page-header">')[1].split("</header>")[0]
    assert "·" not in header
    assert '<p class="meta">' not in header  # nothing to say, no empty line


def test_honouree_meta_joins_only_the_known_parts(client, programme):
    edition = AwardEditionPageFactory(parent=programme, year=2023)
    honouree = HonoureeFactory(
        person__name="Synthetic Laureate", person__country="", person__job_title="Engineer"
    )
    RecognitionFactory(edition=edition, honourees=[honouree])
    page = text(client.get(f"/awards/honourees/{honouree.slug}/"))
    assert "Engineer" in page
    assert "· Engineer" not in page
    assert honouree.meta_details == ["Engineer"]
    honouree.person.country = "FR"
    assert honouree.meta_details == ["France", "Engineer"]


def test_demo_award_editions_are_consistent_and_name_only_the_facts(client, home_page):
    call_command("load_demo", verbosity=0)
    leading = text(client.get("/awards/leading-technology-award/2023/"))
    assert "15 projects and cases recognised; the list has not been entered yet." in leading
    assert "0 recognitions" not in leading
    cases = text(client.get("/awards/excellent-cases/2023/"))
    assert "13 projects and cases recognised; 2 of them are listed here." in cases
    assert "Ethiopian farmers" in cases
    young = text(client.get("/awards/global-young-leaders-program/2023/"))
    assert "18 people recognised; the list has not been entered yet." in young
    assert "· Presented at" not in young
    honour = text(client.get("/awards/ten-year-commemorative-honour/2023/"))
    assert "The list of this edition's recognitions has not been entered yet." in honour
