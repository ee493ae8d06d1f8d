"""The site search finds every page type of every app (and honourees) by a word of its
title and by a word of its body, under the right kind; embargoed listings stay hidden."""

import datetime
import re

import pytest
import time_machine
from django.utils import timezone

from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    AwardsIndexPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)
from tests.events.factories import (
    EventPageFactory,
    SubForumFactory,
    SummitIndexPageFactory,
    SummitPageFactory,
)
from tests.factories import PersonFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory

pytestmark = pytest.mark.django_db


def paragraph(word):
    return [("paragraph", f"<p>Synthetic text mentioning {word} once.</p>")]


def result_urls(response):
    return re.findall(
        r'class="search-result__title"[^>]*>\s*<a href="([^"]+)"', response.content.decode()
    )


@pytest.fixture
def tree(home_page):
    """One page of each type; each title and body carries a word found nowhere else."""
    summits = SummitIndexPageFactory(
        parent=home_page, title="Series Quokkatitle", intro="<p>Series quokkabody</p>"
    )
    summit = SummitPageFactory(
        parent=summits, title="Summit Wombattitle", body=paragraph("wombatbody")
    )
    forum = SubForumFactory(parent=summit, title="Forum Numbattitle", body=paragraph("numbatbody"))
    event = EventPageFactory(parent=summit, title="Expo Dingotitle", body=paragraph("dingobody"))
    news = NewsIndexPageFactory(
        parent=home_page, title="News Bilbytitle", intro="<p>News bilbybody</p>"
    )
    article = ArticlePageFactory(
        parent=news, title="Article Echidnatitle", body=paragraph("echidnabody")
    )
    awards = AwardsIndexPageFactory(
        parent=home_page, title="Awards Possumtitle", intro="<p>Awards possumbody</p>"
    )
    programme = AwardProgramPageFactory(
        parent=awards, title="Programme Koalatitle", description="<p>Programme koalabody</p>"
    )
    edition = AwardEditionPageFactory(
        parent=programme, title="Edition Emutitle", listing_summary="Edition emubody"
    )
    return {
        "events": [(summits, "quokka"), (summit, "wombat"), (forum, "numbat"), (event, "dingo")],
        "news": [(news, "bilby"), (article, "echidna")],
        "awards": [(awards, "possum"), (programme, "koala"), (edition, "emu")],
        "_edition": edition,
    }


def test_every_domain_page_type_is_found_by_title_and_body_words(client, tree):
    for kind in ("events", "news", "awards"):
        for page, word in tree[kind]:
            for suffix in ("title", "body"):
                response = client.get("/search/", {"q": f"{word}{suffix}", "kind": kind})
                assert response.status_code == 200
                assert page.url in result_urls(response), (type(page).__name__, suffix)


def test_honourees_are_found_only_once_their_edition_is_announced(client, tree):
    edition = tree["_edition"]
    announce = timezone.now() + datetime.timedelta(days=2)
    edition.announcement_time = announce
    edition.save_revision().publish()
    person = PersonFactory(name="Synthetic Platypusname", bio="Known for platypusbio work.")
    honouree = HonoureeFactory(person=person)
    recognition = RecognitionFactory(edition=edition)
    recognition.honourees.add(honouree)

    for query in ("platypusname", "platypusbio"):
        assert honouree.get_absolute_url() not in result_urls(client.get("/search/", {"q": query}))
    with time_machine.travel(announce + datetime.timedelta(minutes=1)):
        for query in ("platypusname", "platypusbio"):
            response = client.get("/search/", {"q": query, "kind": "people"})
            assert honouree.get_absolute_url() in result_urls(response), query


def test_articles_and_editions_are_dated_by_their_own_dates(client, tree):
    """An article published in 2023 (but loaded into the site today) is a 2023 result, as is
    an edition that started in 2023; the year filter and the shown date agree."""
    article = tree["news"][1][0]
    article.published_at = datetime.datetime(2023, 11, 11, 2, 52, tzinfo=datetime.UTC)
    article.save_revision().publish()
    response = client.get("/search/", {"q": "echidnatitle", "year": "2023"})
    assert article.url in result_urls(response)
    assert 'datetime="2023-11-11"' in response.content.decode()
    assert article.url not in result_urls(
        client.get("/search/", {"q": "echidnatitle", "year": str(timezone.now().year)})
    )
