import json

import pytest
from wagtail.models import Page

from portal.models import HomePage, SiteBranding, StandardPage
from tests.factories import ImageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


def json_ld_blocks(html):
    import re

    return [
        json.loads(block)
        for block in re.findall(
            r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S
        )
    ]


def test_home_page_shows_site_name_and_navigation(client, site, home_page):
    SiteBranding.objects.update_or_create(site=site, defaults={"site_name": "Wuzhen Watch"})
    StandardPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Hidden page", slug="hidden", show_in_menus=False)

    response = client.get("/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Wuzhen Watch" in html
    assert '<nav class="main-menu" aria-label="Main">' in html
    assert '<a href="/about/">About us</a>' in html
    assert "Hidden page" not in html


def test_about_page_renders_body_breadcrumbs_and_metadata(client, home_page):
    image = ImageFactory(alt_text="The canal at dusk", credit="Photo: test")
    StandardPageFactory(
        parent=home_page,
        title="About",
        slug="about",
        lead_image=image,
        listing_summary="Who we are.",
        body=[("paragraph", "<p>We cover the summit series.</p>")],
    )

    response = client.get("/about/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "We cover the summit series." in html
    assert 'aria-label="Breadcrumb"' in html
    assert '<meta name="description" content="Who we are.">' in html
    assert '<link rel="canonical" href="http://testserver/about/">' in html
    assert 'property="og:image"' in html
    assert 'alt="The canal at dusk"' in html
    types = [block.get("@type") for block in json_ld_blocks(html)]
    assert "BreadcrumbList" in types
    assert "WebPage" in types
    graph = json_ld_blocks(html)[0]["@graph"]
    assert {item["@type"] for item in graph} == {"WebSite", "Organization"}


def test_meta_description_falls_back_to_first_paragraph(home_page):
    page = StandardPageFactory(
        parent=home_page,
        listing_summary="",
        body=[("heading", {"text": "Intro", "level": "h2"}), ("paragraph", "<p>First words.</p>")],
    )
    assert page.get_meta_description() == "First words."


def test_page_tree_rules():
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert StandardPage.can_create_at(HomePage()) is True
    assert HomePage.can_create_at(StandardPage()) is False


def test_404_page_renders_in_site_design(client, home_page):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We could not find that page" in html
    assert 'class="skip-link"' in html
    assert "<main" in html


def test_500_page_renders_without_database():
    from django.test import RequestFactory

    from portal.views import server_error

    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert b"Something went wrong" in response.content


def test_base_template_accessibility_landmarks(client, home_page):
    html = client.get("/").content.decode()
    assert '<html lang="en"' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert "<header" in html and "<footer" in html
    assert 'role="search"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html


def test_no_asset_from_another_host(client, home_page):
    import re

    html = client.get("/").content.decode()
    sources = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
    assert all(src.startswith("http://testserver") for src in sources if "schema.org" not in src)


def test_home_page_query_count_does_not_grow_with_the_menu(client, home_page):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        client.get("/")  # warm the site and settings caches
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/").status_code == 200
        return len(captured)

    for n in range(2):
        StandardPageFactory(parent=home_page, title=f"Section {n}", show_in_menus=True)
    few = count()
    for n in range(2, 10):
        StandardPageFactory(parent=home_page, title=f"Section {n}", show_in_menus=True)
    assert count() == few
    assert few <= 16  # the page, menu, settings, and one or two per home section


def test_wagtail_welcome_page_is_replaced_by_load_demo(db):
    import io

    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    # One home page in each language: the English one and its Chinese translation.
    assert HomePage.objects.filter(locale__language_code="en").count() == 1
    assert HomePage.objects.count() == 2
    assert not Page.objects.filter(depth=2, content_type__model="page").exists()
