"""A visitor switches language on the summit recap: from the English article to its Chinese
translation through the header's switcher, and back."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

CHINESE_TITLE = "第十届世界互联网大会乌镇峰会闭幕"


def recap_with_a_chinese_translation():
    """The demo's recap and its published Chinese translation (made here when the demo
    content has none)."""
    from wagtail.models import Locale

    from news.models import ArticlePage

    recap = (
        ArticlePage.objects.live()
        .public()
        .filter(is_republication=True, locale=Locale.get_default())
        .order_by("-published_at")
        .first()
    )
    assert recap is not None, "the demo content has a recap of the summit"
    chinese_locale = Locale.objects.get(language_code="zh-hans")
    chinese = recap.get_translation_or_none(chinese_locale)
    if chinese is None:
        chinese = recap.copy_for_translation(chinese_locale, copy_parents=True)
        chinese.title = CHINESE_TITLE
        chinese.save_revision().publish()
    return recap, ArticlePage.objects.get(pk=chinese.pk)


def test_a_visitor_reads_the_recap_in_chinese_and_back(page):
    recap, chinese = recap_with_a_chinese_translation()

    page.goto(recap.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    # Found by its class: its accessible name is in the page's language.
    page.locator("nav.language-switcher").get_by_role("link", name="简体中文").click()

    expect(page).to_have_url(re.compile(rf"/zh-hans{re.escape(recap.url)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("heading", level=1)).to_have_text(chinese.title)
    hreflang = page.locator("link[rel=alternate][hreflang=en]")
    expect(hreflang).to_have_attribute("href", re.compile(rf"{re.escape(recap.url)}$"))

    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(rf"(?<!zh-hans){re.escape(recap.url)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(recap.title)


def _english_and_chinese(label):
    from django.apps import apps
    from wagtail.models import Locale

    model = apps.get_model(label)
    english = model.objects.live().filter(locale=Locale.get_default()).order_by("path").first()
    chinese = english.get_translation(Locale.objects.get(language_code="zh-hans"))
    return english, chinese


@pytest.mark.parametrize("label", ["events.SummitPage", "awards.AwardProgramPage"])
def test_a_visitor_switches_the_edition_and_an_award_page_to_chinese(page, label):
    english, chinese = _english_and_chinese(label)

    page.goto(english.url)
    page.locator("nav.language-switcher").get_by_role("link", name="简体中文").click()
    expect(page).to_have_url(re.compile(rf"{re.escape(chinese.url)}$"))
    expect(page.locator("html")).to_have_attribute("lang", "zh-Hans")
    expect(page.get_by_role("heading", level=1)).to_have_text(chinese.title)
    assert re.search(r"[\u4e00-\u9fff]", chinese.title), chinese.title

    page.locator("nav.language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(rf"(?<!zh-hans){re.escape(english.url)}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(english.title)
