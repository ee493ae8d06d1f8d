"""The demo's tags are topics, one per tag, and load_demo replaces the old ones that split
the conference's name into "World", "Internet", "Conference" and "Summit"."""

import io

import pytest
from django.core.management import call_command
from taggit.models import Tag

from demo.news import SPLIT_NAME_TAGS, TAGS
from news.models import ArticlePage

pytestmark = pytest.mark.django_db

RECAP = "tenth-wuzhen-summit-closes"


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def tags_by_article():
    return {
        article.slug: sorted(tag.name for tag in article.tags.all())
        for article in ArticlePage.objects.live().filter(locale__language_code="en")
    }


def test_demo_articles_are_tagged_with_topics(client):
    load_demo()
    tags = tags_by_article()
    assert tags[RECAP] == sorted(TAGS)
    assert "artificial intelligence" in tags[RECAP] and "digital economy" in tags[RECAP]
    every_tag = {name for names in tags.values() for name in names}
    assert not every_tag & set(SPLIT_NAME_TAGS)
    assert client.get("/news/tag/artificial-intelligence/").status_code == 200
    # Every explainer shares a topic with the recap, so related reading still works.
    for slug, names in tags.items():
        assert slug == RECAP or set(names) & set(tags[RECAP]), slug


def test_load_demo_retags_an_old_demo_once(client):
    load_demo()
    recap = ArticlePage.objects.get(locale__language_code="en", slug=RECAP)
    old = [*SPLIT_NAME_TAGS, "Wuzhen", "digital world"]  # what the first demo gave it
    draft = recap.get_latest_revision_as_object()
    draft.tags.set(old)
    draft.save_revision().publish()
    assert sorted(
        t.name for t in ArticlePage.objects.get(locale__language_code="en", slug=RECAP).tags.all()
    ) == sorted(old)
    revisions = recap.revisions.count()

    output = load_demo()

    assert "tags of article" in output
    assert tags_by_article()[RECAP] == sorted(TAGS)
    assert not Tag.objects.filter(name__in=SPLIT_NAME_TAGS).exists()
    assert client.get("/news/tag/conference/").status_code == 404
    assert recap.revisions.count() == revisions + 1  # the new tags are a published revision

    before = tags_by_article()
    again = load_demo()
    assert "nothing changed" in again
    assert tags_by_article() == before
    assert recap.revisions.count() == revisions + 1
