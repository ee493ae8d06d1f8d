"""The article page with Chinese active: interface strings from the catalogue, dates from
the zh_Hans formats. The page is served directly (no middleware), so the test holds whether
or not the language comes from a URL prefix."""

import datetime
import zoneinfo

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.sessions.backends.cache import SessionStore
from django.utils import translation

from .factories import full_article

pytestmark = pytest.mark.django_db

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def served(page, rf, language):
    request = rf.get(page.url)
    request.user = AnonymousUser()
    request.session = SessionStore()
    with translation.override(language):
        response = page.serve(request)
        return response.render().content.decode()


@pytest.fixture
def article(news_index):
    return full_article(
        news_index,
        title="乌镇峰会开幕",
        published_at=datetime.datetime(2023, 11, 8, 9, 30, tzinfo=SHANGHAI),
        updated_at=datetime.datetime(2023, 11, 10, 18, 5, tzinfo=SHANGHAI),
        dateline_place="乌镇",
    )


def test_the_article_reads_in_chinese_with_chinese_dates(article, rf):
    html = served(article, rf, "zh-hans")

    assert 'class="article__published">2023年11月8日 09:30 CST</time>' in html
    assert 'class="article__updated">2023年11月10日 18:05 CST</time>' in html
    assert "乌镇11月10日电" in html  # the dateline
    assert "记者：</span>" in html  # a byline, with a full-width colon
    for text in ("发布时间", "更新时间", "原载于", "标签", "跳到主要内容", "搜索"):
        assert text in html, text
    # The search suggestions' script takes its words from the header's data- attributes.
    assert 'data-many="%(count)s 条建议。使用上下方向键选择。"' in html
    for english in ("<span>Published", "Originally published by", "Skip to main content"):
        assert english not in html, english


def test_the_same_article_in_english_is_unchanged(article, rf):
    html = served(article, rf, "en")

    assert 'class="article__published">8 November 2023, 09:30 CST</time>' in html
    assert "乌镇, November 10" in html
    assert "Originally published by" in html and "原载于" not in html
