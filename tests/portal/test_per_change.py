"""What is kept once per change (portal/per_change.py) follows the change on the next
request, with the page cache off (as in every test): a visitor never sees the old value."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from portal.models import SiteBranding
from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    AwardsIndexPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)
from tests.events.factories import SummitIndexPageFactory, SummitPageFactory
from tests.factories import PersonFactory, StandardPageFactory
from tests.news.factories import NewsIndexPageFactory, full_article

pytestmark = pytest.mark.django_db


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_a_new_menu_page_and_a_renamed_site_show_on_the_next_request(client, site, home_page):
    assert "Synthetic Menu Page" not in html(client, "/")
    StandardPageFactory(parent=home_page, title="Synthetic Menu Page", show_in_menus=True)
    assert "Synthetic Menu Page" in html(client, "/")

    branding = SiteBranding.for_site(site)
    branding.site_name = "Synthetic Watch"
    branding.save()
    assert "Synthetic Watch" in html(client, "/")


def test_a_new_related_article_shows_under_the_article_at_once(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = full_article(news, title="Synthetic recap", slug="recap", tags=["Wuzhen"])
    assert "Synthetic sequel" not in html(client, article.url)
    full_article(news, title="Synthetic sequel", slug="sequel", tags=["Wuzhen"])
    assert "Synthetic sequel" in html(client, article.url)


def test_news_about_an_edition_follows_a_new_article(client, home_page):
    edition = SummitPageFactory(parent=SummitIndexPageFactory(parent=home_page), year=2030)
    news = NewsIndexPageFactory(parent=home_page)
    html(client, edition.url)
    full_article(news, title="Synthetic edition news", slug="about", related_summit=edition)
    assert "Synthetic edition news" in html(client, edition.url)


def test_a_view_restriction_hides_the_page_from_listings_at_once(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = full_article(news, title="Synthetic secret", slug="secret")
    assert "Synthetic secret" in html(client, "/news/")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert "Synthetic secret" not in html(client, "/news/")
    assert client.get(article.url).status_code == 200  # the password form
    assert "Synthetic secret" not in html(client, "/news/feed/rss/")


def test_a_restriction_on_an_ancestor_still_guards_the_page(client, home_page):
    news = NewsIndexPageFactory(parent=home_page)
    article = full_article(news, title="Synthetic guarded", slug="guarded")
    PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = client.get(article.url)
    assert "Synthetic guarded" not in response.content.decode().split("<main", 1)[-1]


def test_recognitions_appear_when_their_embargo_ends(client, home_page, time_machine):
    time_machine.move_to(timezone.now(), tick=False)
    awards = AwardsIndexPageFactory(parent=home_page)
    programme = AwardProgramPageFactory(parent=awards, title="Synthetic Prize", slug="prize")
    edition = AwardEditionPageFactory(
        parent=programme,
        year=2030,
        announcement_time=timezone.now() + datetime.timedelta(hours=1),
    )
    honouree = HonoureeFactory(person=PersonFactory(name="Synthetic Laureate"))
    RecognitionFactory(edition=edition, honourees=[honouree])
    assert "Synthetic Laureate" not in html(client, programme.url)
    time_machine.shift(datetime.timedelta(hours=1, seconds=1))
    assert "Synthetic Laureate" in html(client, programme.url)
    assert "Synthetic Laureate" in html(client, f"{awards.url}recognitions/")
