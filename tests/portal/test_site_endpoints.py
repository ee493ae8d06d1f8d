import xml.etree.ElementTree as ET

import pytest

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_robots_txt_points_to_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_sitemap_lists_live_pages_only(client, home_page):
    StandardPageFactory(parent=home_page, slug="about", title="About")
    draft = StandardPageFactory(parent=home_page, slug="draft", title="Draft")
    draft.unpublish()

    response = client.get("/sitemap-pages.xml")

    assert response.status_code == 200
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [loc.text for loc in ET.fromstring(response.content).findall("sm:url/sm:loc", ns)]
    assert "http://testserver/about/" in locs
    assert "http://testserver/draft/" not in locs


def test_search_handles_bad_input(client, home_page):
    StandardPageFactory(parent=home_page, slug="about", title="About Wuzhen")
    assert client.get("/search/?q=Wuzhen").status_code == 200
    assert client.get("/search/?q=%00%01").status_code == 200
    assert client.get("/search/?q=" + "x" * 5000).status_code == 200
    assert client.get("/search/?q=Wuzhen&page=abc").status_code == 404
    assert client.get("/search/?q=Wuzhen&page=999").status_code == 404
    html = client.get("/search/?q=Wuzhen").content.decode()
    assert 'content="noindex, follow"' in html


def test_admin_is_wagtail_and_django_admin_is_absent(client, home_page):
    assert client.get("/admin/login/").status_code == 200
    assert client.get("/django-admin/").status_code == 404
