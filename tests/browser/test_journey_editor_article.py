"""An editor writes a news article in the Wagtail admin: uploads its lead image, tags it,
links the summit it is about, previews it, publishes it, and finds it on the news index
and in the news feed.

The editor is a superuser, so the article is published directly even where an editorial
workflow is configured for the news section."""

import feedparser
import pytest
from playwright.sync_api import expect

from .helpers import log_in, photo_bytes, upload_lead_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

TITLE = "Browser test: night boats on Wuzhen's canals (synthetic)"
STANDFIRST = "A synthetic article written by the editor's browser journey."
ALT = "Night boats moored along a canal"


@pytest.fixture
def remove_article():
    """Delete the article afterwards, so the other journeys see the demo's news."""
    yield
    from news.models import ArticlePage

    for article in ArticlePage.objects.filter(title=TITLE):
        article.delete()


def test_editor_writes_previews_and_publishes_an_article(
    page, editor_login, tmp_path, remove_article
):
    from events.models import SummitPage
    from news.models import NewsIndexPage

    news = NewsIndexPage.objects.live().get(locale__language_code="en")
    summit = SummitPage.objects.live().order_by("-year").first()
    photo = tmp_path / "night-boats.jpg"
    photo.write_bytes(photo_bytes(11))

    log_in(page, *editor_login)
    page.goto(f"/admin/pages/add/news/articlepage/{news.pk}/")
    page.get_by_placeholder("Page title*").fill(TITLE)
    page.get_by_role("textbox", name="Standfirst").fill(STANDFIRST)

    upload_lead_image(page, "Night boats", photo, ALT)

    tags = page.locator("[data-contentpath=tags]")
    tags.get_by_role("textbox").click()
    page.keyboard.type("Wuzhen,")
    page.keyboard.type("night boats,")
    expect(tags).to_contain_text("night boats")

    page.locator("[data-contentpath=related_summit]").get_by_role("button").first.click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("textbox", name="Search").fill(str(summit.year))
    chooser.get_by_role("link", name=summit.title).click()
    expect(chooser).to_be_hidden()
    expect(page.locator("[data-contentpath=related_summit]")).to_contain_text(summit.title)

    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages[role=status]")).to_contain_text("created")

    # The draft as visitors would see it, from the page's preview ("View draft").
    from news.models import ArticlePage

    article = ArticlePage.objects.get(title=TITLE)
    assert not article.live
    page.goto(f"/admin/pages/{article.pk}/view_draft/")
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(page.get_by_role("main")).to_contain_text(STANDFIRST)
    expect(page.get_by_role("img", name=ALT)).to_be_visible()
    assert page.request.get(article.url).status == 404, "the draft is already public"

    # The editor's own address of the saved page (the add form's URL may linger in the
    # address bar while the editor's autosave takes over).
    page.goto(f"/admin/pages/{article.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.locator(".messages[role=status]")).to_contain_text("published")

    page.goto(news.url)
    page.get_by_role("main").get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLE)
    lead = page.get_by_role("img", name=ALT)
    expect(lead).to_be_visible()
    assert lead.evaluate("img => img.complete && img.naturalWidth > 0"), "lead image did not load"
    expect(page.locator("a[rel=tag]").filter(has_text="night boats")).to_be_visible()
    expect(page.get_by_role("main").get_by_role("link", name=summit.title).first).to_be_visible()

    feed = feedparser.parse(page.request.get(f"{news.url}feed/rss/").body())
    assert not feed.bozo, feed.bozo_exception
    assert TITLE in [entry.title for entry in feed.entries]
