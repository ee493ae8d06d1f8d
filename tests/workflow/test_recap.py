"""The recap builder: from a summit edition's admin page, one action drafts a recap article
with the edition's figures and links; the figures stay linked to the edition."""

import re

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry

from awards.models import AwardsIndexPage as AWARDS
from events.models import SummitIndexPage as SUMMITS
from news.models import ArticlePage
from news.models import NewsIndexPage as NEWS
from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    RecognitionFactory,
)
from tests.events.factories import (
    EventPageFactory,
    KeyFigureFactory,
    PartFigureFactory,
    SubForumFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(sections):
    """The synthetic 2031 edition with figures, a first, a sub-forum, an event, an award."""
    edition = sections[SUMMITS][1]
    edition.theme = "A synthetic theme"
    edition.save_revision().publish()
    KeyFigureFactory(page=edition, metric="countries", number=120, sort_order=0)
    KeyFigureFactory(
        page=edition, metric="participants", number=1800, qualifier="more_than", sort_order=1
    )
    SubForumFactory(parent=edition, title="Synthetic forum on data")
    expo = EventPageFactory(parent=edition, title="Synthetic expo")
    PartFigureFactory(page=expo, metric="exhibitors", number=580)
    edition.highlights.model.objects.create(
        page=edition, title="A synthetic first", description="Opened.", link_page=expo
    )
    award = AwardEditionPageFactory(
        parent=sections[AWARDS][1], year=2031, title="Synthetic award 2031", summit=edition
    )
    for _ in range(3):
        RecognitionFactory(edition=award)
    return edition


def preview(page):
    """The page as the editor's preview renders its latest draft."""
    response = page.get_latest_revision_as_object().make_preview_request()
    if hasattr(response, "render"):
        response.render()
    assert response.status_code == 200
    return response.content.decode()


def build(client, user, edition):
    client.force_login(user)
    return client.post(reverse("news_build_recap", args=[edition.pk]))


def test_the_edition_page_offers_the_recap_action_to_those_who_may_write_news(
    client, edition, editor, award_admin, moderator
):
    url = reverse("news_build_recap", args=[edition.pk])
    client.force_login(editor)
    assert url in client.get(reverse("wagtailadmin_pages:edit", args=[edition.pk])).content.decode()
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert (
        "Synthetic Summit 2031 closes with participants from 120 countries and regions"
        in confirm.content.decode()
    )
    # Not on other page types.
    article = ArticlePage.objects.get()
    assert (
        url
        not in client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    )
    # Award administrators may not write news: no button, and the view refuses.
    client.force_login(award_admin)
    assert client.get(url).status_code in (302, 403)
    assert build(client, award_admin, edition).status_code in (302, 403)
    assert ArticlePage.objects.count() == 1


def test_builds_a_draft_with_the_editions_figures_and_links(client, sections, edition, editor):
    response = build(client, editor, edition)
    recap = ArticlePage.objects.exclude(pk=sections[NEWS][1].pk).get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[recap.pk])

    assert not recap.live
    assert recap.get_parent().pk == sections[NEWS][0].pk
    assert recap.owner == editor
    assert (
        recap.title
        == "Synthetic Summit 2031 closes with participants from 120 countries and regions"
    )
    assert "A synthetic theme" in recap.standfirst
    assert recap.related_summit_id == edition.pk
    related = set(recap.related_page_links.values_list("page__title", flat=True))
    assert related == {"Synthetic forum on data", "Synthetic expo", "Synthetic award 2031"}
    assert {tag.name for tag in recap.tags.all()} >= {"Recap", "2031"}
    assert [block.block_type for block in recap.body if block.block_type != "paragraph"] == [
        "heading",
        "summit_key_figures",
    ]
    assert PageLogEntry.objects.filter(page=recap, action="wagtail.create", user=editor).exists()

    # The editor opens; the preview shows figures, outcomes, counts and links.
    editor_page = client.get(response["Location"])
    assert editor_page.status_code == 200
    html = preview(recap)
    assert "1,800" in html and "120" in html
    assert "Synthetic forum on data" in html
    assert "580" in html  # the expo's outcome
    assert "3 recognitions" in html
    assert f'href="{edition.url}"' in html
    assert "A synthetic first" in html


def test_a_corrected_figure_on_the_edition_shows_in_the_recap(client, sections, edition, editor):
    build(client, editor, edition)
    recap = ArticlePage.objects.exclude(pk=sections[NEWS][1].pk).get()

    def figures_block():
        draft = recap.get_latest_revision_as_object()
        block = next(b for b in draft.body if b.block_type == "summit_key_figures")
        return block.render()

    assert "1,800" in figures_block()
    figure = edition.key_figures.get(metric="participants")
    figure.number = 2500
    figure.save()
    # The figures block reads the edition (the headline and standfirst are draft text that
    # the journalist rewrites, with the figures of the day the draft was made).
    assert "2,500" in figures_block() and "1,800" not in figures_block()
    assert "2,500" in preview(recap)

    # Once published after review, the public article shows the corrected figure too.
    recap.save_revision().publish()
    public = client.get(recap.url).content.decode()
    assert "2,500" in public


def test_bad_input_gives_a_404_not_a_500(client, sections, editor):
    client.force_login(editor)
    assert client.get(reverse("news_build_recap", args=[999999])).status_code == 404
    news_article = sections[NEWS][1]
    assert client.post(reverse("news_build_recap", args=[news_article.pk])).status_code == 404


@pytest.mark.parametrize("extra_figures", [0, 8])
def test_key_figures_block_renders_in_a_fixed_number_of_queries(
    sections, edition, editor, client, extra_figures, django_assert_max_num_queries
):
    for number in range(extra_figures):
        KeyFigureFactory(page=edition, metric="countries", number=number, sort_order=10 + number)
    build(client, editor, edition)
    recap = ArticlePage.objects.exclude(pk=sections[NEWS][1].pk).get()
    block = next(block for block in recap.body if block.block_type == "summit_key_figures")
    block.value["summit"]  # the chosen edition is loaded with the body, before counting
    # The figures, and the site for the edition link (none once the site's paths are cached).
    with django_assert_max_num_queries(2):
        html = block.render()
    assert html.count('class="key-figure"') == min(2 + extra_figures, 6)


def test_the_recap_action_is_a_visible_button_of_the_edition_form(client, edition, editor):
    url = reverse("news_build_recap", args=[edition.pk])
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[edition.pk])).content.decode()
    form = re.split(r'<form\s+id="page-edit-form"', html, maxsplit=1)[1]
    button = re.search(rf'<a class="button[^"]*" href="{re.escape(url)}">([^<]*)</a>', form)
    assert button and button.group(1).strip() == "Draft a recap article"
    # The new-edition form has nothing to draft from yet.
    series = edition.get_parent()
    add = client.get(reverse("wagtailadmin_pages:add", args=["events", "summitpage", series.pk]))
    assert "Draft a recap article" not in add.content.decode()


def _text(html):
    return " ".join(re.sub(r"<[^>]+>", "", html).split())


def test_the_draft_reads_as_prose_not_lists(client, sections, edition, editor):
    edition.venue.town = "Synthtown"
    edition.venue.save()
    build(client, editor, edition)
    recap = ArticlePage.objects.exclude(pk=sections[NEWS][1].pk).get()

    # A headline that says what happened, a standfirst with the key figures.
    assert (
        recap.title
        == "Synthetic Summit 2031 closes with participants from 120 countries and regions"
    )
    assert recap.standfirst.startswith(
        "Synthetic Summit 2031 met in Synthtown, 8–10 November 2031, under the theme "
        "“A synthetic theme”."
    )
    assert recap.standfirst.endswith(
        "It brought together participants from 120 countries and regions and more than 1,800 "
        "participants."
    )
    paragraphs = [_text(str(b.value)) for b in recap.body if b.block_type == "paragraph"]
    assert "The edition brought a first: A synthetic first." in paragraphs
    assert "Synthetic expo counted 580 exhibiting companies." in paragraphs
    assert "Synthetic forum on data took as its theme “A synthetic sub-forum theme”." in paragraphs
    assert (
        "One award programme presented its 2031 edition at the summit: "
        "Synthetic award 2031, with 3 recognitions." in paragraphs
    )
    body_html = "".join(str(block.value) for block in recap.body)
    assert "<ul>" not in body_html and "<li>" not in body_html
    assert "Outcomes:" not in body_html


def test_award_counts_come_from_the_announced_figures(client, sections, edition, editor):
    AwardEditionPageFactory(
        parent=AwardProgramPageFactory(parent=sections[AWARDS][0]),
        year=2031,
        title="Synthetic cohort 2031",
        people_count=18,
    )
    build(client, editor, edition)
    recap = ArticlePage.objects.exclude(pk=sections[NEWS][1].pk).get()
    awards = next(
        _text(str(b.value)) for b in recap.body if "award programmes presented" in str(b.value)
    )
    assert awards == (
        "2 award programmes presented their 2031 editions at the summit: Synthetic award 2031, "
        "with 3 recognitions; and Synthetic cohort 2031, with 18 people recognised."
    )
