"""Every public page has a link-preview image (og:image) that loads: the page's own image,
its type's default, the site default from the settings, else the bundled logo."""

import re
from urllib.parse import urlsplit

import pytest
from django.test import Client

from portal.models import SiteBranding
from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    AwardsIndexPageFactory,
)
from tests.events.factories import EventPageFactory, SummitIndexPageFactory, SummitPageFactory
from tests.factories import ImageFactory, StandardPageFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db

LOGO_URL = "http://testserver/static/portal/img/logo-512.png"


@pytest.fixture
def static_client(settings):
    """A client whose WhiteNoise serves the static files from the apps, uncollected."""
    settings.WHITENOISE_USE_FINDERS = True
    return Client()


@pytest.fixture
def public_pages(home_page):
    """A page of every public type, some with images of their own and most without."""
    StandardPageFactory(parent=home_page, title="About", slug="about")
    news = NewsIndexPageFactory(parent=home_page)
    ArticlePageFactory(parent=news, slug="with-picture", lead_image=ImageFactory(), tags=["Wuzhen"])
    ArticlePageFactory(parent=news, slug="without-picture")
    series = SummitIndexPageFactory(parent=home_page)
    edition = SummitPageFactory(parent=series, year=2030, lead_image=ImageFactory())
    EventPageFactory(parent=edition, slug="expo")
    awards = AwardsIndexPageFactory(parent=home_page)
    programme = AwardProgramPageFactory(parent=awards, slug="pioneers")
    AwardEditionPageFactory(parent=programme, year=2030)
    return [
        "/",
        "/about/",
        "/news/",
        "/news/with-picture/",
        "/news/without-picture/",
        "/news/tag/wuzhen/",
        "/news/2023/",
        "/summits/",
        "/summits/2030/",
        "/summits/2030/expo/",
        "/awards/",
        "/awards/pioneers/",
        "/awards/pioneers/2030/",
        "/search/?q=summit",
    ]


def og_image(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    found = re.findall(r'<meta property="og:image" content="([^"]+)">', response.content.decode())
    assert len(found) == 1, url
    return found[0]


def assert_loads(client, image_url):
    parts = urlsplit(image_url)
    assert (parts.scheme, parts.netloc) == ("http", "testserver"), image_url
    response = client.get(parts.path)
    assert response.status_code == 200, image_url
    assert response["Content-Type"].startswith("image/"), image_url


def test_every_public_page_has_an_absolute_og_image_that_loads(static_client, public_pages):
    images = {url: og_image(static_client, url) for url in public_pages}

    for image_url in set(images.values()):
        assert_loads(static_client, image_url)
    # The page's own picture where it has one, the bundled logo where nothing else is chosen.
    assert "/media/" in images["/news/with-picture/"]
    assert images["/news/without-picture/"] == LOGO_URL
    assert images["/search/?q=summit"] == LOGO_URL


def test_a_part_without_a_picture_takes_its_editions(client, public_pages):
    edition_image = og_image(client, "/summits/2030/")

    assert "/media/" in edition_image
    assert og_image(client, "/summits/2030/expo/") == edition_image


def test_the_site_default_replaces_the_logo_but_not_a_pages_own(static_client, site, public_pages):
    own = og_image(static_client, "/news/with-picture/")
    SiteBranding.objects.update_or_create(
        site=site, defaults={"default_social_image": ImageFactory(title="Site default")}
    )

    default = og_image(static_client, "/news/without-picture/")
    assert default not in (LOGO_URL, own)
    assert_loads(static_client, default)
    assert og_image(static_client, "/about/") == default
    assert og_image(static_client, "/search/?q=summit") == default
    assert og_image(static_client, "/news/with-picture/") == own


def test_the_logo_preview_is_a_square_summary_card(client, public_pages):
    html = client.get("/about/").content.decode()

    assert '<meta property="og:image:width" content="512">' in html
    assert '<meta property="og:image:height" content="512">' in html
    assert '<meta name="twitter:card" content="summary">' in html
