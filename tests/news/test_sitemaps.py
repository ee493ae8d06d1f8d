import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.utils import timezone

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
NOW = datetime.datetime(2023, 11, 12, 12, 0, tzinfo=datetime.UTC)


@time_machine.travel(NOW, tick=False)
def test_news_sitemap_lists_the_last_two_days_in_the_news_namespace(client, news_index):
    ArticlePageFactory(
        parent=news_index, title="Fresh", published_at=NOW - datetime.timedelta(hours=3)
    )
    ArticlePageFactory(
        parent=news_index, title="Yesterday", published_at=NOW - datetime.timedelta(hours=47)
    )
    ArticlePageFactory(
        parent=news_index, title="Too old", published_at=NOW - datetime.timedelta(hours=49)
    )
    ArticlePageFactory(
        parent=news_index, title="Scheduled", published_at=NOW + datetime.timedelta(hours=2)
    )
    ArticlePageFactory(parent=news_index, title="Draft", published_at=NOW, live=False)

    response = client.get("/sitemap-news.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{{{SITEMAP_NS}}}urlset"
    urls = root.findall(f"{{{SITEMAP_NS}}}url")
    titles = [url.find(f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}title").text for url in urls]
    assert titles == ["Fresh", "Yesterday"]
    for url in urls:
        assert url.find(f"{{{SITEMAP_NS}}}loc").text.startswith("http://testserver/news/")
        news = url.find(f"{{{NEWS_NS}}}news")
        publication = news.find(f"{{{NEWS_NS}}}publication")
        assert publication.find(f"{{{NEWS_NS}}}name").text
        assert publication.find(f"{{{NEWS_NS}}}language").text == "en"
        published = datetime.datetime.fromisoformat(
            news.find(f"{{{NEWS_NS}}}publication_date").text
        )
        assert NOW - datetime.timedelta(days=2) <= published <= timezone.now()


def test_robots_txt_names_the_sitemap_index_which_lists_the_news_sitemap(client, news_index):
    ArticlePageFactory(parent=news_index, title="Fresh", published_at=timezone.now())
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Sitemap: http://testserver/sitemap-news.xml" not in body
    assert (
        "<loc>http://testserver/sitemap-news.xml</loc>"
        in client.get("/sitemap.xml").content.decode()
    )


def test_the_pages_sitemap_lists_articles(client, news_index):
    article = ArticlePageFactory(parent=news_index, title="Listed")
    body = client.get("/sitemap-pages.xml").content.decode()
    assert f"http://testserver{article.url}" in body


@time_machine.travel(NOW, tick=False)
def test_news_sitemap_names_each_articles_language(client, news_index, translate):
    article = ArticlePageFactory(
        parent=news_index,
        title="Fresh",
        slug="fresh",
        published_at=NOW - datetime.timedelta(hours=3),
    )
    translate(article, title="新闻")

    root = ET.fromstring(client.get("/sitemap-news.xml").content)
    languages = {
        url.find(f"{{{SITEMAP_NS}}}loc").text: url.find(
            f"{{{NEWS_NS}}}news/{{{NEWS_NS}}}publication/{{{NEWS_NS}}}language"
        ).text
        for url in root.findall(f"{{{SITEMAP_NS}}}url")
    }
    assert languages == {
        "http://testserver/news/fresh/": "en",
        "http://testserver/zh-hans/news/fresh/": "zh-cn",
    }
