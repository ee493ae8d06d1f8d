"""Dates are written in the active language's own way (Django's named formats), not with
English month names in an English order."""

import datetime
import re

import pytest

from .factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

CST = datetime.timezone(datetime.timedelta(hours=8))


@pytest.fixture
def recap(news_index):
    return ArticlePageFactory(
        parent=news_index,
        title="Synthetic recap",
        dateline_place="Wuzhen",
        dateline_date=datetime.date(2023, 11, 10),
        published_at=datetime.datetime(2023, 11, 11, 2, 52, tzinfo=CST),
    )


def test_english_dates_keep_the_house_style(client, recap):
    index = client.get("/news/2023/11/").content.decode()
    article = client.get(recap.url).content.decode()

    assert 'href="/news/2023/11/">November 2023</a>' in index
    assert re.search(r'<h1 class="page-title">[^<]*November 2023[^<]*</h1>', index)
    assert ">11 November 2023</time>" in index
    assert "Wuzhen, November 10" in article
    assert ">11 November 2023, 02:52 CST</time>" in article


def test_chinese_dates_have_chinese_order_and_months(client, recap, translate):
    chinese = translate(recap, title="合成综述", dateline_place="乌镇")

    index = client.get("/zh-hans/news/2023/11/").content.decode()
    article = client.get(chinese.url).content.decode()

    assert 'href="/zh-hans/news/2023/11/">2023年11月</a>' in index  # the archive
    assert re.search(r'<h1 class="page-title">[^<]*2023年11月[^<]*</h1>', index)
    assert ">2023年11月11日</time>" in index  # the card
    assert "November" not in index
    assert "乌镇11月10日电" in article  # a Chinese dateline: place, day, 电
    assert ">2023年11月11日 02:52 CST</time>" in article
