import io

import pytest
from django.core.management import call_command

from news.models import ArticlePage

from .helpers import news_article_json_ld

pytestmark = pytest.mark.django_db


def test_demo_recap_carries_the_real_metadata_and_is_idempotent(client):
    call_command("load_demo", stdout=io.StringIO())
    second = io.StringIO()
    call_command("load_demo", stdout=second)
    assert "nothing changed" in second.getvalue()

    english = ArticlePage.objects.filter(locale__language_code="en")
    recap = english.get(slug="tenth-wuzhen-summit-closes")
    assert english.live().count() == 4
    assert recap.source.name == "Zhejiang Daily" and recap.source.native_name == "浙江日报"
    assert recap.is_republication and recap.channel.name == "News Channel"
    assert [(b.person.name, b.role) for b in recap.bylines] == [
        ("Wang Yuhong", "reporter"),
        ("Chen Zhouying", "editor"),
    ]
    assert sorted(t.name for t in recap.tags.all()) == sorted(
        [
            "World Internet Conference",
            "Wuzhen",
            "artificial intelligence",
            "digital economy",
            "green transformation",
            "digital world",
        ]
    )

    response = client.get(recap.url, HTTP_HOST="127.0.0.1:8000")
    html = response.content.decode()
    assert response.status_code == 200
    assert "11 November 2023, 02:52 CST" in html
    assert "Wuzhen, November 10" in html
    assert "Originally published by" in html and "Zhejiang Daily" in html
    assert "126" in html and "1,800" in html
    data = news_article_json_ld(html)
    assert data["datePublished"] == "2023-11-11T02:52:32+08:00"
    assert data["author"][0]["name"] == "Wang Yuhong"
    # Related pieces share tags with the recap.
    related = html.split('id="related-articles-heading"')[1]
    assert related.count('class="card news-card"') == 3
    # The tag listing shows the recap.
    tag_page = client.get("/news/tag/digital-world/", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert recap.title in tag_page
