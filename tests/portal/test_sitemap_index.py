"""`/sitemap.xml` is a sitemap index of paginated sections (portal/sitemaps.py): what a
crawler reads there, page by page, and what it costs."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from portal.models import SiteBranding
from portal.sitemaps import PagesSitemap
from tests.factories import StandardPageFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def xml(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def index_entries(client, **extra):
    """[(loc, lastmod)] of the index, which must be a `sitemapindex`."""
    root = xml(client.get("/sitemap.xml", **extra))
    assert root.tag == f"{NS}sitemapindex"
    return [
        (entry.findtext(f"{NS}loc"), entry.findtext(f"{NS}lastmod"))
        for entry in root.findall(f"{NS}sitemap")
    ]


def section_locs(client, path):
    root = xml(client.get(path))
    assert root.tag == f"{NS}urlset"
    return [url.findtext(f"{NS}loc") for url in root.findall(f"{NS}url")]


@pytest.fixture
def news(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_the_index_lists_every_section_with_absolute_urls_on_the_served_host(client, news):
    ArticlePageFactory(parent=news, title="Fresh", published_at=timezone.now())

    locs = [loc for loc, _lastmod in index_entries(client)]
    assert locs == ["http://testserver/sitemap-pages.xml", "http://testserver/sitemap-news.xml"]
    served = index_entries(client, HTTP_HOST="localhost:18751")
    assert served[0][0] == "http://localhost:18751/sitemap-pages.xml"
    for loc in locs:
        assert section_locs(client, loc.removeprefix("http://testserver"))


def test_the_news_section_is_left_out_while_no_article_is_recent(client, news):
    ArticlePageFactory(
        parent=news, title="Old", published_at=timezone.now() - datetime.timedelta(days=3)
    )

    locs = [loc for loc, _lastmod in index_entries(client)]
    assert locs == ["http://testserver/sitemap-pages.xml"]
    # Never an empty urlset: the Google News schema requires one URL.
    assert client.get("/sitemap-news.xml").status_code == 404

    ArticlePageFactory(parent=news, title="Fresh", published_at=timezone.now())
    locs = [loc for loc, _lastmod in index_entries(client)]
    assert "http://testserver/sitemap-news.xml" in locs
    assert len(section_locs(client, "/sitemap-news.xml")) == 1


def test_a_section_longer_than_its_limit_is_split_into_numbered_files(
    client, home_page, monkeypatch
):
    monkeypatch.setattr(PagesSitemap, "limit", 2)
    for number in range(4):
        StandardPageFactory(parent=home_page, slug=f"page-{number}", title=f"Page {number}")

    locs = [loc for loc, _lastmod in index_entries(client)]
    assert locs == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-pages.xml?p=2",
        "http://testserver/sitemap-pages.xml?p=3",
    ]
    files = [section_locs(client, f"/sitemap-pages.xml?p={p}") for p in (1, 2, 3)]
    assert [len(urls) for urls in files] == [2, 2, 1]
    listed = [loc for urls in files for loc in urls]
    assert len(set(listed)) == 5  # the home page and the four, each once
    assert client.get("/sitemap-pages.xml?p=99").status_code == 404
    assert client.get("/sitemap-pages.xml?p=two").status_code == 404
    assert client.get("/sitemap-unknown.xml").status_code == 404


def test_lastmod_comes_from_the_content(client, news):
    published = datetime.datetime(2025, 6, 1, 8, 30, tzinfo=datetime.UTC)
    about = StandardPageFactory(parent=news.get_parent(), slug="about", title="About")
    Page.objects.filter(pk=about.pk).update(last_published_at=published)
    article_date = timezone.now().replace(microsecond=0) - datetime.timedelta(hours=1)
    ArticlePageFactory(parent=news, title="Fresh", published_at=article_date)
    Page.objects.filter(depth__gt=1).exclude(pk=about.pk).update(
        last_published_at=published - datetime.timedelta(days=1)
    )

    lastmods = {loc: datetime.datetime.fromisoformat(mod) for loc, mod in index_entries(client)}
    assert lastmods["http://testserver/sitemap-pages.xml"] == published
    assert lastmods["http://testserver/sitemap-news.xml"] == article_date
    root = xml(client.get("/sitemap-pages.xml"))
    # A page's own lastmod is its day (W3C date), as Django's template writes it.
    page_mods = {url.findtext(f"{NS}loc"): url.findtext(f"{NS}lastmod") for url in root}
    assert page_mods["http://testserver/about/"] == "2025-06-01"
    assert page_mods["http://testserver/"] == "2025-05-31"


def queries(path):
    with CaptureQueriesContext(connection) as captured:
        assert Client().get(path).status_code == 200
    return len(captured)


@pytest.mark.parametrize("path", ["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-news.xml"])
def test_the_queries_of_a_sitemap_do_not_grow_with_the_pages(
    path, news, django_assert_max_num_queries
):
    def add(count):
        for _ in range(count):
            StandardPageFactory(parent=news.get_parent())
            ArticlePageFactory(parent=news, published_at=timezone.now())

    add(5)
    budget = queries(path)
    add(45)
    with django_assert_max_num_queries(budget):
        response = Client().get(path)
    assert response.content.count(b"<loc>") >= (2 if path == "/sitemap.xml" else 50)


def test_the_index_and_sections_are_cached_until_a_page_is_published(site, news):
    SiteBranding.for_site(site)  # created on first use; its creation drops every page
    ArticlePageFactory(parent=news, title="First", published_at=timezone.now())
    paths = ["/sitemap.xml", "/sitemap-pages.xml", "/sitemap-news.xml"]
    with override_settings(PAGE_CACHE_SECONDS=300):
        for path in paths:
            Client().get(path)
            assert Client().get(path)["X-Page-Cache"] == "hit", path

        added = ArticlePageFactory(parent=news, title="Second", published_at=timezone.now())

        for path in paths:
            assert Client().get(path)["X-Page-Cache"] == "miss", path
        body = Client().get("/sitemap-news.xml").content.decode()
        assert f"http://testserver{added.url}" in body
