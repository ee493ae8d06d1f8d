import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from comments.models import Comment
from tests.comments.factories import CommentablePageFactory, CommentFactory

pytestmark = pytest.mark.django_db


def make_comments(page, count):
    """`count` approved comments, one in three a reply, plus pending and spam ones."""
    tops = Comment.objects.bulk_create(
        CommentFactory.build(page=page) for _ in range(count - count // 3)
    )
    Comment.objects.bulk_create(
        CommentFactory.build(page=page, parent=tops[n % len(tops)]) for n in range(count // 3)
    )
    CommentFactory(page=page, status=Comment.Status.PENDING)
    CommentFactory(page=page, status=Comment.Status.SPAM)


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, settings)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_article_query_count_does_not_grow_with_comments(client, news_index, comment_settings):
    few = CommentablePageFactory(parent=news_index, slug="few")
    many = CommentablePageFactory(parent=news_index, slug="many")
    make_comments(few, 3)
    make_comments(many, 300)

    few_queries, few_html = queries_for(client, "/news/few/")
    many_queries, many_html = queries_for(client, "/news/many/")
    assert "3 comments" in few_html and "300 comments" in many_html
    assert many_queries == few_queries
    assert many_queries <= 30  # the article itself, plus 4 for the comment section
    assert many_html.count('class="comment"') <= 20 + 100  # capped: 20 threads a page


def test_own_pending_comments_cost_one_query(client, news_index, comment_settings):
    page = CommentablePageFactory(parent=news_index, slug="p")
    make_comments(page, 30)
    baseline, _ = queries_for(client, "/news/p/")
    from tests.comments.conftest import form_data, post_url

    comment_settings.moderation_mode = "hold_all"
    comment_settings.save()
    location = client.post(post_url(page), form_data())["Location"]
    with_mine, html = queries_for(client, location)
    assert "awaiting moderation" in html
    assert with_mine <= baseline + 1
