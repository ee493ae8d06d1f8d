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
from tests.awards.factories import AwardEditionPageFactory, RecognitionFactory
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
    assert "Synthetic Summit 2031: the summit in review" in confirm.content.decode()
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
    assert recap.title == "Synthetic Summit 2031: the summit in review"
    assert "A synthetic theme" in recap.standfirst
    assert recap.related_summit_id == edition.pk
    related = set(recap.related_page_links.values_list("page__title", flat=True))
    assert related == {"Synthetic forum on data", "Synthetic expo", "Synthetic award 2031"}
    assert {tag.name for tag in recap.tags.all()} >= {"Recap", "2031"}
    assert [block.block_type for block in recap.body if block.block_type != "paragraph"] == [
        "heading",
        "summit_key_figures",
        "heading",
        "heading",
        "heading",
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

    assert "1,800" in preview(recap)
    figure = edition.key_figures.get(metric="participants")
    figure.number = 2500
    figure.save()
    html = preview(recap)
    assert "2,500" in html
    assert "1,800" not in html

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
