"""What the news app adds to other pages: the home page's latest news, the articles about a
page, and the admin for editors."""

import datetime

import pytest
from django.template import Context, Template
from django.test import RequestFactory

from tests.factories import ImageFactory, StandardPageFactory, UserFactory

from .factories import BASE_TIME, ArticlePageFactory, SourceFactory, full_article

pytestmark = pytest.mark.django_db


def test_home_page_shows_latest_news_with_images(client, news_index):
    image = ImageFactory(alt_text="Canal")
    for n in range(5):
        ArticlePageFactory(
            parent=news_index,
            title=f"Story {n}",
            lead_image=image,
            published_at=BASE_TIME - datetime.timedelta(days=n),
        )
    html = client.get("/").content.decode()
    section = html.split('id="home-news-heading"')[1]
    assert ">Latest news</h2>" in html
    assert section.count('class="card news-card"') == 4
    assert "Story 0" in section and "Story 4" not in section  # newest first
    assert "<picture>" in section
    assert 'href="/news/">All news</a>' in section


def test_home_page_has_no_news_section_without_articles(client, news_index):
    assert "Latest news" not in client.get("/").content.decode()


def test_related_news_lists_articles_pointing_at_a_page(news_index):
    from news.models import ArticleRelatedPage

    forum = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Forum")
    about_forum = ArticlePageFactory(parent=news_index, title="Forum story", published_at=BASE_TIME)
    ArticleRelatedPage.objects.create(article=about_forum, page=forum)
    summit_story = ArticlePageFactory(
        parent=news_index,
        title="Summit story",
        related_summit=forum,
        published_at=BASE_TIME + datetime.timedelta(hours=1),
    )
    ArticlePageFactory(parent=news_index, title="Other story")
    ArticlePageFactory(
        parent=news_index, title="Draft forum story", related_summit=forum, live=False
    )

    request = RequestFactory().get(forum.url)
    html = Template("{% load portal_tags %}{% related_content page %}").render(
        Context({"page": forum, "request": request})
    )

    assert "News about Synthetic Forum" in html
    assert html.index(summit_story.title) < html.index(about_forum.title)  # newest first
    assert "Other story" not in html and "Draft forum story" not in html


def test_about_filter_lists_the_same_articles(client, news_index):
    forum = StandardPageFactory(parent=news_index.get_parent(), title="Synthetic Forum")
    ArticlePageFactory(parent=news_index, title="Summit story", related_summit=forum)
    ArticlePageFactory(parent=news_index, title="Other story")
    html = client.get(f"/news/?about={forum.pk}").content.decode()
    assert "Summit story" in html and "Other story" not in html
    assert "About Synthetic Forum" in html


@pytest.fixture
def admin_client(client, news_index):
    user = UserFactory(username="editor", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


def test_admin_edit_and_create_forms_load(admin_client, news_index):
    article = full_article(news_index)
    assert admin_client.get(f"/admin/pages/{article.pk}/edit/").status_code == 200
    response = admin_client.get(f"/admin/pages/add/news/articlepage/{news_index.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="dateline_place"' in html and 'name="related_summit"' in html


def test_admin_listings_with_filters(admin_client, news_index):
    SourceFactory(name="Synthetic Daily", slug="daily")
    full_article(news_index, title="Listed article")
    articles = admin_client.get("/admin/news_articles/")
    assert articles.status_code == 200
    assert "Listed article" in articles.content.decode()
    sources = admin_client.get("/admin/snippets/news/source/?name__icontains=Synth")
    assert sources.status_code == 200 and "Synthetic Daily" in sources.content.decode()
    assert admin_client.get("/admin/snippets/news/channel/").status_code == 200


def test_editor_can_create_an_article_through_the_admin(admin_client, news_index):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    from news.models import ArticlePage

    data = nested_form_data(
        {
            "title": "Written in the admin",
            "slug": "written-in-the-admin",
            "standfirst": "A standfirst.",
            "dateline_place": "Wuzhen",
            "published_at": "2023-11-11 02:52",
            "body": streamfield([("paragraph", rich_text("<p>Body text.</p>"))]),
            "authors": inline_formset([]),
            "related_page_links": inline_formset([]),
            "tags": "Wuzhen, Summit",
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/news/articlepage/{news_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    article = ArticlePage.objects.get(slug="written-in-the-admin")
    assert article.live
    assert article.published_at.isoformat() == "2023-11-10T18:52:00+00:00"
    assert sorted(t.name for t in article.tags.all()) == ["Summit", "Wuzhen"]


def test_editor_can_preview_a_new_article_with_bylines_and_tags(admin_client, news_index):
    from wagtail.test.utils.form_data import (
        inline_formset,
        nested_form_data,
        rich_text,
        streamfield,
    )

    from tests.factories import PersonFactory

    person = PersonFactory(name="Previewed Reporter")
    data = nested_form_data(
        {
            "title": "Previewed story",
            "slug": "previewed-story",
            "standfirst": "Seen before publishing.",
            "body": streamfield([("paragraph", rich_text("<p>Preview body.</p>"))]),
            "authors": inline_formset([{"person": person.pk, "role": "reporter"}]),
            "related_page_links": inline_formset([]),
            "tags": "Wuzhen",
        }
    )
    url = f"/admin/pages/add/news/articlepage/{news_index.pk}/preview/"
    assert admin_client.post(url, data).json()["is_valid"] is True
    response = admin_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Previewed story" in html and "Preview body." in html
    assert "Previewed Reporter" in html
    assert 'rel="tag">Wuzhen</a>' in html
