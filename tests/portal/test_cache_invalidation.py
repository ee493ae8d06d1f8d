"""The page cache drops what a change affects and nothing else: a test per dependant, with
the page cache on. `state()` is what the cache answered: "hit", "miss" or None (bypassed)."""

import datetime
import os

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

from comments.models import Comment
from comments.moderation import moderate
from portal.models import SiteBranding
from tests.events.factories import EventPageFactory, SummitIndexPageFactory, SummitPageFactory
from tests.factories import PersonFactory, StandardPageFactory
from tests.news.factories import ArticleAuthorFactory, NewsIndexPageFactory, full_article

pytestmark = [pytest.mark.django_db]

ARTICLE = "/news/recap/"
LISTINGS = ["/news/", "/news/tag/wuzhen/", "/news/feed/rss/", "/news/2023/", "/"]
UNRELATED = "/about/"


@pytest.fixture(autouse=True)
def page_cache_on(site):
    SiteBranding.for_site(site)  # created on first use; its creation drops every page
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


@pytest.fixture
def tree(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = full_article(news, slug="recap", title="The summit in review")
    about = StandardPageFactory(parent=home_page, slug="about", title="About the portal")
    return news, article, about


def state(url, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache")


def warm(*urls):
    for url in urls:
        state(url)
        assert state(url) == "hit", url


def test_publishing_an_article_drops_it_its_listings_feeds_home_and_sitemap(tree):
    _news, article, _about = tree
    warm(ARTICLE, *LISTINGS, "/sitemap.xml", "/sitemap-pages.xml", UNRELATED)

    article.title = "The summit in review, updated"
    article.save_revision().publish()

    for url in (ARTICLE, *LISTINGS, "/sitemap.xml", "/sitemap-pages.xml"):
        assert state(url) == "miss", url
    assert "The summit in review, updated" in Client().get("/news/").content.decode()
    assert state(UNRELATED) == "hit"


def test_unpublishing_and_deleting_drop_the_page_and_its_listings(tree, home_page):
    news, article, _about = tree
    other = full_article(news, slug="second", title="Another synthetic recap")
    warm(ARTICLE, "/news/second/", "/news/", UNRELATED)

    article.unpublish()
    assert Client().get(ARTICLE).status_code == 404
    assert "The summit in review" not in Client().get("/news/").content.decode()

    warm("/news/")
    other.delete()
    assert Client().get("/news/second/").status_code == 404
    assert "Another synthetic recap" not in Client().get("/news/").content.decode()
    assert state(UNRELATED) == "hit"


def test_moving_a_page_drops_both_the_old_and_the_new_parent(tree, home_page):
    _news, _article, about = tree
    section = StandardPageFactory(
        parent=home_page, slug="section", title="Section", show_in_menus=True
    )
    child = StandardPageFactory(parent=about, slug="child", title="Child page")
    warm("/about/", "/section/")

    child.move(section, pos="last-child")

    assert state("/about/") == "miss"
    assert state("/section/") == "miss"
    assert Client().get("/section/child/").status_code == 200


def test_a_draft_an_autosave_or_a_revision_drops_nothing(tree):
    _news, article, _about = tree
    warm(ARTICLE, "/news/", "/")

    article.title = "A draft title nobody may see yet"
    article.save_revision()  # what "Save draft" and the editor's autosave do

    for url in (ARTICLE, "/news/", "/"):
        assert state(url) == "hit", url
    assert "A draft title" not in Client().get(ARTICLE).content.decode()


def test_a_search_and_its_hit_counter_drop_nothing(tree):
    warm(ARTICLE, "/news/")
    Client().get("/search/", {"q": "summit"})
    Query.get("summit").add_hit()
    assert state(ARTICLE) == "hit"
    assert state("/news/") == "hit"


def test_a_pending_comment_drops_nothing_an_approved_one_drops_its_page(tree):
    _news, article, _about = tree
    warm(ARTICLE, UNRELATED)
    comment = Comment.objects.create(
        page=article, author_name="Synthetic Visitor", author_email="v@example.org", body="Hi"
    )
    assert state(ARTICLE) == "hit"

    moderate([comment], "approve")
    assert state(ARTICLE) == "miss"
    assert "Synthetic Visitor" in Client().get(ARTICLE).content.decode()
    assert state(UNRELATED) == "hit"


def test_a_snippet_change_drops_the_pages_that_show_it(tree):
    _news, article, _about = tree
    warm(ARTICLE, UNRELATED)

    source = article.source
    source.name = "Synthetic Daily, renamed"
    source.save()

    assert state(ARTICLE) == "miss"
    assert "Synthetic Daily, renamed" in Client().get(ARTICLE).content.decode()
    assert state(UNRELATED) == "hit"


def test_a_person_shown_in_a_byline_drops_the_article(tree):
    _news, article, _about = tree
    person = PersonFactory(name="Synthetic Columnist")
    ArticleAuthorFactory(article=article, person=person, role="reporter", sort_order=5)
    article.save_revision().publish()
    warm(ARTICLE, UNRELATED)

    person.name = "Synthetic Columnist, renamed"
    person.save()

    assert state(ARTICLE) == "miss"
    assert state(UNRELATED) == "hit"


def test_a_site_setting_drops_every_page(tree, site):
    warm(ARTICLE, UNRELATED, "/")
    branding = SiteBranding.for_site(site)
    branding.save()
    for url in (ARTICLE, UNRELATED, "/"):
        assert state(url) == "miss", url


def test_a_cookie_of_the_app_that_personalises_a_page_bypasses_the_shared_copy(tree):
    warm(ARTICLE)
    visitor = Client()
    visitor.cookies["comments_mine"] = "signed-ids"
    assert state(ARTICLE, visitor) is None
    visitor = Client()
    visitor.cookies["csrftoken"] = "x" * 32  # a cookie that changes nothing on the page
    assert state(ARTICLE, visitor) == "hit"


@pytest.mark.skipif(
    bool(os.environ.get("REDIS_URL")),
    reason="time travel moves the local-memory cache's clock only",
)
def test_a_page_is_kept_no_longer_than_its_own_max_age(tree, monkeypatch):
    from portal import page_cache

    monkeypatch.setattr(page_cache, "_shared_max_age", lambda response: 20)
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        assert state(UNRELATED) == "miss"
        response = Client().get(UNRELATED)
        assert response["X-Page-Cache"] == "hit"
        assert "s-maxage=20" in response["Cache-Control"]
        traveller.shift(datetime.timedelta(seconds=19))
        assert state(UNRELATED) == "hit"
        traveller.shift(datetime.timedelta(seconds=2))
        assert state(UNRELATED) == "miss"


def test_a_hit_tells_downstream_caches_its_age(tree):
    start = timezone.now()
    with time_machine.travel(start, tick=False) as traveller:
        state(UNRELATED)
        traveller.shift(datetime.timedelta(seconds=7))
        response = Client().get(UNRELATED)
    assert response["X-Page-Cache"] == "hit"
    assert response["Age"] == "7"


def test_an_article_about_a_summit_drops_the_summit_page_that_lists_it(home_page, tree):
    news, _article, _about = tree
    summits = SummitIndexPageFactory(parent=home_page)
    edition = SummitPageFactory(parent=summits, year=2031)
    about_it = full_article(
        news, slug="about-2031", title="Synthetic news of 2031", related_summit=edition
    )
    about_it.save_revision().publish()
    warm(edition.url, UNRELATED)

    about_it.title = "Synthetic news of 2031, retitled"
    about_it.save_revision().publish()

    assert state(edition.url) == "miss"
    assert "Synthetic news of 2031, retitled" in Client().get(edition.url).content.decode()
    assert state(UNRELATED) == "hit"


def test_the_key_follows_what_the_response_varies_on_and_the_language(rf):
    from django.http import HttpResponse
    from django.utils import translation

    from portal.page_cache import AnonymousPageCacheMiddleware

    def view(request):
        response = HttpResponse(f"for {request.headers.get('Accept-Language', '')}")
        response["Vary"] = "Accept-Language, Cookie"
        return response

    middleware = AnonymousPageCacheMiddleware(view)

    def ask(language, active="en"):
        with translation.override(active):
            response = middleware(rf.get("/varies/", HTTP_ACCEPT_LANGUAGE=language))
        return response["X-Page-Cache"], response.content.decode()

    assert ask("en") == ("miss", "for en")
    assert ask("en") == ("hit", "for en")
    assert ask("zh-hans") == ("miss", "for zh-hans")  # never the English copy
    assert ask("zh-hans") == ("hit", "for zh-hans")
    # The address names the language (portal/i18n.py), not whatever the thread had active
    # before the middleware ran: the same address is the same entry.
    assert ask("en", active="zh-hans") == ("hit", "for en")


def test_a_new_part_drops_the_edition_and_its_calendar(home_page, tree):
    summits = SummitIndexPageFactory(parent=home_page)
    edition = SummitPageFactory(parent=summits, year=2032)
    calendar = f"{edition.url}calendar.ics"
    warm(edition.url, calendar, UNRELATED)

    EventPageFactory(parent=edition, title="Synthetic closing ceremony", slug="closing")

    assert state(edition.url) == "miss"
    assert "Synthetic closing ceremony" in Client().get(calendar).content.decode()
    assert state(UNRELATED) == "hit"


def test_an_image_change_drops_the_pages_that_show_it(tree):
    _news, article, _about = tree
    warm(ARTICLE, UNRELATED)

    image = article.lead_image
    image.title = "A renamed synthetic picture"
    image.save()

    assert state(ARTICLE) == "miss"
    assert state(UNRELATED) == "hit"
