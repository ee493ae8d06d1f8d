"""The site's Organization in JSON-LD always has a logo: the branding logo, else the bundled
512×512 PNG (a real image that loads)."""

import json
import re

import pytest
from django.contrib.staticfiles import finders
from PIL import Image

from portal.models import SiteBranding
from tests.factories import ImageFactory, StandardPageFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def organization(html):
    for block in re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S):
        for item in json.loads(block).get("@graph", []):
            if item["@type"] == "Organization":
                return item
    raise AssertionError("no Organization in the page's JSON-LD")


def test_the_bundled_logo_is_a_512_square_png():
    with Image.open(finders.find("portal/img/logo-512.png")) as logo:
        assert (logo.format, logo.size) == ("PNG", (512, 512))
        assert len(logo.getcolors(maxcolors=1 << 16) or []) > 1  # not a blank square


def test_without_a_branding_logo_the_organization_has_the_bundled_one(client, home_page):
    StandardPageFactory(parent=home_page, slug="about")

    for url in ("/", "/about/", "/search/?q=x"):
        logo = organization(client.get(url).content.decode())["logo"]
        assert logo == {
            "@type": "ImageObject",
            "url": "http://testserver/static/portal/img/logo-512.png",
            "width": 512,
            "height": 512,
        }


def test_the_branding_logo_wins_and_articles_name_the_same_publisher_logo(client, site, home_page):
    article = ArticlePageFactory(parent=NewsIndexPageFactory(parent=home_page))
    SiteBranding.objects.update_or_create(
        site=site, defaults={"logo": ImageFactory(file__width=1200, file__height=300)}
    )

    html = client.get(article.url).content.decode()

    logo = organization(html)["logo"]
    assert logo["url"].startswith("http://testserver/media/") and logo["url"].endswith(".png")
    assert (logo["width"], logo["height"]) == (240, 60)
    [news_article] = [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
        if '"NewsArticle"' in block
    ]
    assert news_article["publisher"]["logo"] == logo
