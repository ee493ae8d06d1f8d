"""A reader's journey through the news: the home page's latest recap, one of its tags,
another article under that tag, and the feed the article declares (it answers and parses)."""

import re

import feedparser
import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def latest_recap():
    from wagtail.models import Locale

    from news.models import ArticlePage

    recap = (
        ArticlePage.objects.live()
        .public()
        .filter(is_republication=True, locale=Locale.get_default())
        .order_by("-published_at")
    ).first()
    assert recap is not None, "the demo content has a recap of the summit"
    return recap


def test_home_recap_tag_another_article_and_its_feed(page):
    recap = latest_recap()
    tag = recap.tags.get(slug="wuzhen")

    page.goto("/")
    latest = page.get_by_role("region", name="Latest news")
    recap_link = latest.get_by_role("link", name=recap.title, exact=True)
    if not recap_link.count():  # newer articles (another journey's) pushed it off the home
        latest.get_by_role("link", name="All news").click()
        recap_link = page.get_by_role("main").get_by_role("link", name=recap.title, exact=True)
    recap_link.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(recap.title)

    tags = page.locator("a[rel=tag]")
    expect(tags.filter(has_text=tag.name)).to_be_visible()
    tags.filter(has_text=tag.name).click()
    expect(page).to_have_url(re.compile(rf"/news/tag/{tag.slug}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(tag.name)

    other = page.locator(".card__title a").filter(has_not_text=recap.title).first
    other_title = other.inner_text().strip()
    other.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(other_title)
    expect(page.locator("a[rel=tag]").filter(has_text=tag.name)).to_be_visible()

    feed_link = page.locator("link[rel=alternate][type='application/rss+xml']").first
    href = feed_link.get_attribute("href")
    assert href.startswith(page.url.split("/news/")[0]), f"the feed {href} is on another host"
    response = page.request.get(href)
    assert response.ok, f"{href} answered {response.status}"
    assert "xml" in response.headers["content-type"]
    feed = feedparser.parse(response.body())
    assert not feed.bozo, f"{href} does not parse: {feed.bozo_exception}"
    assert other_title in [entry.title for entry in feed.entries]
    assert recap.title in [entry.title for entry in feed.entries]
