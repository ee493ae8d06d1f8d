import datetime

import pytest
from django.core.exceptions import ValidationError

from news.models import ArticlePage, ArticleRelatedPage
from tests.factories import StandardPageFactory

from .factories import ArticlePageFactory, full_article
from .helpers import news_article_json_ld

pytestmark = pytest.mark.django_db


def test_article_renders_every_metadata_field(client, news_index):
    summit = StandardPageFactory(
        parent=news_index.get_parent(), title="Synthetic Summit 2023", slug="summit-2023"
    )
    forum = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Sub-forum")
    article = full_article(
        news_index,
        title="Synthetic summit closes",
        standfirst="A synthetic summary of the closing day.",
        related_summit=summit,
    )
    ArticleRelatedPage.objects.create(article=article, page=forum)

    html = client.get(article.url).content.decode()

    assert '<h1 id="article-title" class="page-title">Synthetic summit closes</h1>' in html
    assert '<p class="standfirst">A synthetic summary of the closing day.</p>' in html
    assert "Wuzhen, November 10" in html  # dateline
    # First published 2023-11-11 02:52:32 +08:00, shown in the site's zone.
    assert (
        '<time datetime="2023-11-11T02:52:32+08:00" class="article__published">11 November 2023, 02:52 CST</time>'
        in html
    )
    assert 'class="article__updated">11 November 2023, 07:52 CST</time>' in html
    assert "min read" in html
    # Bylines in order with their roles.
    main = html.split("<main")[1]
    reporter = main.index("Synthetic Reporter")
    editor = main.index("Synthetic Editor")
    photographer = main.index("Synthetic Photographer")
    assert reporter < editor < photographer
    assert (
        "Reporter:</span>" in html and "Editor:</span>" in html and "Photographer:</span>" in html
    )
    # Source, republication and channel.
    assert "Originally published by" in html
    assert (
        '<a href="https://synthetic-daily.example.org/original" rel="noopener">Synthetic Daily</a>'
        in html
    )
    assert "合成日报" in html
    assert "Synthetic News Channel" in html
    # Lead image with alt, caption and credit.
    assert 'alt="A synthetic lead picture"' in html
    assert "A synthetic caption" in html and "Photo: Synthetic" in html
    # Tags and related pages.
    assert '<a href="/news/tag/wuzhen/" rel="tag">Wuzhen</a>' in html
    assert f'href="{summit.url}">Synthetic Summit 2023</a>' in html
    assert f'href="{forum.url}">Synthetic Sub-forum</a>' in html
    # Canonical of a republication points at the original.
    assert '<link rel="canonical" href="https://synthetic-daily.example.org/original">' in html
    # Share links need no script.
    assert 'class="share-links"' in html and "https://x.com/intent/post?url=" in html
    assert '<script src="http' not in html
    # OpenGraph article properties.
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="article:published_time" content="2023-11-11T02:52:32+08:00">' in html
    assert '<meta property="article:modified_time" content="2023-11-11T07:52:32+08:00">' in html
    assert '<meta property="article:author" content="Synthetic Reporter">' in html
    assert '<meta property="article:section" content="Synthetic News Channel">' in html
    assert '<meta property="article:tag" content="Summit">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    # Feeds declared in <head>: all news and the related summit's.
    head = html.split("</head>")[0]
    assert (
        'type="application/rss+xml" title="News (RSS)" href="http://testserver/news/feed/rss/"'
        in head
    )
    assert 'href="http://testserver/news/summit/summit-2023/feed/atom/"' in head


def test_own_article_is_its_own_canonical_and_credits_its_source(client, news_index):
    article = full_article(news_index, is_republication=False, original_url="")
    html = client.get(article.url).content.decode()
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    assert "Originally published by" not in html
    assert "Source:" in html


def test_related_articles_share_a_tag_or_the_summit(client, news_index):
    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    article = ArticlePageFactory(parent=news_index, title="Main story", tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="Same tag story", tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="Same summit story", related_summit=summit)
    ArticlePageFactory(parent=news_index, title="Unrelated story", tags=["Elsewhere"])
    article.related_summit = summit
    article.save()

    html = client.get(article.url).content.decode()
    related = html.split('id="related-articles-heading"')[1]
    assert "Same tag story" in related
    assert "Same summit story" in related
    assert "Unrelated story" not in related
    assert "Main story" not in related


def test_comments_block_follows_body_and_related_articles(rf, news_index):
    from django.template import Template

    article = ArticlePageFactory(parent=news_index, tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="Related one", tags=["Wuzhen"])
    request = rf.get(article.url)
    template = Template(
        '{% extends "news/article_page.html" %}{% block comments %}<p>COMMENTS HERE</p>{% endblock %}'
    )
    from django.template import RequestContext

    html = template.render(RequestContext(request, article.get_context(request)))
    assert html.index("Synthetic words for the body") < html.index("Related one")
    assert html.index("Related one") < html.index("COMMENTS HERE")


def test_published_at_defaults_to_first_publication(news_index):
    article = ArticlePageFactory(parent=news_index, published_at=None)
    article.refresh_from_db()
    assert article.published_at is not None


def test_reading_time_counts_words_and_chinese_characters(news_index):
    english = ArticlePageFactory(
        parent=news_index, body=[("paragraph", "<p>" + "word " * 660 + "</p>")]
    )
    chinese = ArticlePageFactory(
        parent=news_index, body=[("paragraph", "<p>" + "网" * 1200 + "</p>")]
    )
    assert english.reading_time == 3
    assert chinese.reading_time == 3


@pytest.mark.parametrize("slug", ["tag", "feed", "2023", "summit"])
def test_slugs_used_by_listing_routes_are_refused(news_index, slug):
    article = ArticlePage(title="Clash", slug=slug)
    with pytest.raises(ValidationError) as excinfo:
        article.clean()
    assert "slug" in excinfo.value.message_dict


def test_unpublished_article_is_not_served(client, news_index):
    article = ArticlePageFactory(parent=news_index, live=False)
    assert client.get(f"/news/{article.slug}/").status_code == 404


def test_json_ld_news_article_has_required_properties(client, news_index):
    summit = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Summit")
    article = full_article(news_index, related_summit=summit)
    data = news_article_json_ld(client.get(article.url).content.decode())

    assert data["@context"] == "https://schema.org"
    assert data["headline"] == article.title
    assert data["datePublished"] == "2023-11-11T02:52:32+08:00"
    assert data["dateModified"] == "2023-11-11T07:52:32+08:00"
    assert datetime.datetime.fromisoformat(data["datePublished"])
    assert data["author"] == [
        {"@type": "Person", "name": "Synthetic Reporter", "jobTitle": "Reporter"},
        {"@type": "Person", "name": "Synthetic Photographer", "jobTitle": "Reporter"},
    ]
    assert data["editor"][0]["name"] == "Synthetic Editor"
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["logo"]["url"].startswith("http://testserver/")
    assert data["image"] and all(
        url.startswith("http://testserver/media/") for url in data["image"]
    )
    assert data["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": f"http://testserver{article.url}",
    }
    assert data["isBasedOn"] == "https://synthetic-daily.example.org/original"
    assert data["sourceOrganization"]["name"] == "Synthetic Daily"
    assert data["keywords"] == ["Wuzhen", "Summit"]
    assert data["articleSection"] == "Synthetic News Channel"
    assert data["about"]["name"] == "Synthetic Summit"


def test_json_ld_breadcrumbs_lead_to_the_article(client, news_index):
    from .helpers import json_ld_blocks

    article = ArticlePageFactory(parent=news_index, title="Crumb story")
    blocks = json_ld_blocks(client.get(article.url).content.decode())
    crumbs = next(b for b in blocks if b.get("@type") == "BreadcrumbList")["itemListElement"]
    assert [c["name"] for c in crumbs][-2:] == ["News", "Crumb story"]


def test_republication_without_original_url_is_based_on_the_source(client, news_index):
    article = full_article(news_index, original_url="")
    data = news_article_json_ld(client.get(article.url).content.decode())
    assert data["isBasedOn"]["publisher"]["name"] == "Synthetic Daily"
