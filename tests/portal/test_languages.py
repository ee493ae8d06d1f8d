"""The Chinese edition as a visitor and a crawler meet it: /zh-hans/ addresses, lang on
<html>, hreflang pairs, the language switcher, JSON-LD and OpenGraph languages, the Chinese
feed, the sitemap's alternates and search within a language. English addresses are as before."""

import re
from xml.etree import ElementTree

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import i18n
from tests.factories import StandardPageFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory, full_article
from tests.news.helpers import json_ld_blocks, news_article_json_ld
from tests.portal.search_helpers import result_urls

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(autouse=True)
def _own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def article(news_index):
    return full_article(news_index, title="Wuzhen Summit closes", slug="wuzhen-summit-closes")


@pytest.fixture
def chinese_article(article, translate):
    return translate(article, title="乌镇峰会闭幕", standfirst="第十届乌镇峰会闭幕。")


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


def hreflangs(response):
    html = response.content.decode()
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def meta(response, prop):
    html = response.content.decode()
    return re.findall(rf'<meta property="{prop}" content="([^"]+)">', html)


def switcher(response):
    html = response.content.decode()
    return re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)


def test_chinese_home_and_article_answer_in_chinese(client, chinese_article):
    home = client.get("/zh-hans/")
    assert home.status_code == 200
    assert html_lang(home) == "zh-Hans"

    response = client.get("/zh-hans/news/wuzhen-summit-closes/")
    assert response.status_code == 200
    assert html_lang(response) == "zh-Hans"
    assert "乌镇峰会闭幕" in response.content.decode()
    assert response["Content-Language"] == "zh-hans"


def test_english_addresses_are_unchanged(client, chinese_article, article):
    assert article.url == "/news/wuzhen-summit-closes/"
    assert chinese_article.url == "/zh-hans/news/wuzhen-summit-closes/"
    for url in ("/", "/news/", article.url, "/news/feed/rss/", "/search/?q=wuzhen"):
        response = client.get(url)
        assert response.status_code == 200, url
    english = client.get(article.url)
    assert html_lang(english) == "en"
    assert "乌镇峰会闭幕" not in english.content.decode()
    assert client.get("/en/news/").status_code == 404  # English has no prefix
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/zh-hans/admin/").status_code == 404  # the admin has one address


def test_hreflang_pairs_are_reciprocal_with_an_english_x_default(client, chinese_article):
    english = hreflangs(client.get("/news/wuzhen-summit-closes/"))
    chinese = hreflangs(client.get("/zh-hans/news/wuzhen-summit-closes/"))
    expected = {
        "en": "http://testserver/news/wuzhen-summit-closes/",
        "zh-Hans": "http://testserver/zh-hans/news/wuzhen-summit-closes/",
        "x-default": "http://testserver/news/wuzhen-summit-closes/",
    }
    assert english == chinese == expected


def test_a_page_without_translation_has_no_hreflang(client, article):
    assert hreflangs(client.get(article.url)) == {}


def test_switcher_links_to_the_translation(client, chinese_article):
    english = switcher(client.get("/news/wuzhen-summit-closes/"))
    assert 'href="http://testserver/zh-hans/news/wuzhen-summit-closes/"' in english
    assert 'lang="zh-Hans"' in english and "简体中文" in english
    chinese = switcher(client.get("/zh-hans/news/wuzhen-summit-closes/"))
    assert 'href="http://testserver/news/wuzhen-summit-closes/"' in chinese
    assert ">English</a>" in chinese


def test_switcher_says_when_there_is_no_translation(client, article, home_page, translate):
    translate(home_page, title="首页")
    nav = switcher(client.get(article.url))
    assert "This page is not available in Simplified Chinese." in nav
    assert 'href="/zh-hans/"' in nav


def test_json_ld_and_opengraph_name_the_language(client, chinese_article):
    english = client.get("/news/wuzhen-summit-closes/")
    chinese = client.get("/zh-hans/news/wuzhen-summit-closes/")

    assert news_article_json_ld(english.content.decode())["inLanguage"] == "en"
    assert news_article_json_ld(chinese.content.decode())["inLanguage"] == "zh-Hans"
    website = [b for b in json_ld_blocks(chinese.content.decode()) if "@graph" in b][0]
    site = next(item for item in website["@graph"] if item["@type"] == "WebSite")
    assert site["inLanguage"] == "zh-Hans"
    assert site["potentialAction"]["target"].startswith("http://testserver/zh-hans/search/")

    assert meta(english, "og:locale") == ["en_GB"]
    assert meta(english, "og:locale:alternate") == ["zh_CN"]
    assert meta(chinese, "og:locale") == ["zh_CN"]
    assert meta(chinese, "og:locale:alternate") == ["en_GB"]


def test_native_names_carry_lang_only_on_english_pages(client, chinese_article):
    english = client.get("/news/wuzhen-summit-closes/").content.decode()
    chinese = client.get("/zh-hans/news/wuzhen-summit-closes/").content.decode()
    assert '<span lang="zh-Hans">(合成日报)</span>' in english
    assert "<span>(合成日报)</span>" in chinese


def test_all_of_it_costs_one_query_per_page(client, chinese_article, monkeypatch):
    url = "/zh-hans/news/wuzhen-summit-closes/"

    def count():
        client.get(url)  # warm caches (site root paths, settings, renditions)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    with_languages = count()
    monkeypatch.setattr(i18n, "page_translations", lambda page, request: {})
    without = count()
    assert with_languages - without == 1


def test_the_chinese_feed_lists_chinese_articles(client, chinese_article, news_index):
    ArticlePageFactory(parent=news_index, title="English only")
    response = client.get("/zh-hans/news/feed/rss/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert [entry.title for entry in feed.entries] == ["乌镇峰会闭幕"]
    assert feed.feed.language == "zh-hans"
    assert feed.entries[0].link == "http://testserver/zh-hans/news/wuzhen-summit-closes/"

    english = feedparser.parse(client.get("/news/feed/rss/").content)
    assert {entry.title for entry in english.entries} == {"Wuzhen Summit closes", "English only"}
    assert english.feed.language == "en"


def test_the_sitemap_lists_both_languages_with_alternates(client, chinese_article):
    root = ElementTree.fromstring(client.get("/sitemap-pages.xml").content)
    urls = {
        url.findtext(f"{SITEMAP}loc"): {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    english = "http://testserver/news/wuzhen-summit-closes/"
    chinese = "http://testserver/zh-hans/news/wuzhen-summit-closes/"
    assert english in urls and chinese in urls
    pair = {"en": english, "zh-Hans": chinese, "x-default": english}
    assert urls[english] == urls[chinese] == pair


def test_search_finds_pages_in_the_visitors_language_only(client, home_page, translate):
    about = StandardPageFactory(parent=home_page, title="Wuzhen summit about", slug="about")
    translate(about, title="Wuzhen summit 关于")
    assert result_urls(client.get("/search/?q=wuzhen")) == ["/about/"]
    assert result_urls(client.get("/zh-hans/search/?q=wuzhen")) == ["/zh-hans/about/"]
    assert result_urls(client.get("/zh-hans/search/?q=关于")) == ["/zh-hans/about/"]


def test_the_chinese_edition_has_its_own_calendar(client, home_page, translate):
    from icalendar import Calendar

    from tests.events.factories import (
        SummitIndexPageFactory,
        SummitPageFactory,
        shanghai,
    )

    series = SummitIndexPageFactory(parent=home_page)
    edition = SummitPageFactory(
        parent=series,
        year=2030,
        title="Synthetic Summit 2030",
        start=shanghai(2030, 11, 8, 9, 0),
        end=shanghai(2030, 11, 10, 18, 0),
    )
    translate(edition, title="2030年合成峰会")
    response = client.get("/zh-hans/summits/2030/calendar.ics")
    assert response.status_code == 200
    summaries = [
        str(event["SUMMARY"]) for event in Calendar.from_ical(response.content).walk("VEVENT")
    ]
    assert any("2030年合成峰会" in summary for summary in summaries)
    english = Calendar.from_ical(client.get("/summits/2030/calendar.ics").content)
    assert all("合成峰会" not in str(event["SUMMARY"]) for event in english.walk("VEVENT"))


def test_an_edition_year_is_unique_within_a_language(home_page, translate):
    from django.core.exceptions import ValidationError

    from tests.events.factories import (
        SummitIndexPageFactory,
        SummitPageFactory,
        shanghai,
    )

    series = SummitIndexPageFactory(parent=home_page)
    times = {"start": shanghai(2030, 11, 8, 9, 0), "end": shanghai(2030, 11, 10, 18, 0)}
    edition = SummitPageFactory(parent=series, year=2030, title="Summit 2030", **times)
    translate(edition, title="2030年峰会").full_clean()  # its translation keeps the year

    other_series = SummitIndexPageFactory(parent=home_page, slug="more-summits")
    again = SummitPageFactory.build(year=2030, title="Again", slug="2030", **times)
    with pytest.raises(ValidationError) as error:
        other_series.add_child(instance=again)
    assert "year" in error.value.message_dict


def test_robots_keeps_crawlers_out_of_both_searches(client, site):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert "Disallow: /search/" in lines
    assert "Disallow: /zh-hans/search/" in lines


def test_a_missing_chinese_page_is_a_chinese_404(client, home_page, translate):
    translate(home_page, title="首页")
    response = client.get("/zh-hans/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == "zh-Hans"


def test_the_main_menu_of_a_chinese_page_lists_the_chinese_pages(client, news_index, translate):
    news_index.show_in_menus = True
    news_index.save_revision().publish()
    translate(news_index, title="新闻", show_in_menus=True)
    article = full_article(news_index, title="Summit closes", slug="summit-closes")
    translate(article, title="峰会闭幕")

    def menu(url):
        html = client.get(url).content.decode()
        return html.split('class="main-menu"')[1].split("</nav>")[0]

    english = menu("/news/summit-closes/")
    assert 'href="/news/"' in english and "新闻" not in english
    for url in ("/zh-hans/news/summit-closes/", "/zh-hans/", "/zh-hans/search/?q=x"):
        chinese = menu(url)
        assert 'href="/zh-hans/news/"' in chinese and "新闻" in chinese, url
