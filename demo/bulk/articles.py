"""Synthetic articles in batches: pages, bylines, topics, then both indexes."""

import datetime as dt
import uuid

from django.db import transaction

from news.models import ArticleAuthor, ArticlePage, ArticleTag

from . import indexes, markers, text
from .tree import bulk_add_children, next_child_step

BATCH_SIZE = 500


def published_at(number, count, years):
    """Spread evenly from 1 January of the first year to 31 December of the last."""
    start = dt.datetime(years[0], 1, 1, 8, 0, tzinfo=dt.UTC)
    span = dt.datetime(years[-1], 12, 31, 20, 0, tzinfo=dt.UTC) - start
    return start + span * (number - 1) / max(count - 1, 1)


def build_article(number, count, rng, shared):
    when = published_at(number, count, shared.years)
    image = shared.images[number % len(shared.images)]
    body = [
        {
            "type": "paragraph",
            "value": f"<p>{paragraph}</p>",
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
        }
        for paragraph in text.article_paragraphs(number, rng)
    ]
    return ArticlePage(
        title=text.article_title(number, rng),
        slug=f"{markers.ARTICLE_SLUG_PREFIX}{number:06d}",
        standfirst=f"Synthetic standfirst for benchmarks: {text.words(rng, 18)}.",
        dateline_place="Synthetic town",
        first_published_at=when,
        published_at=when,
        source=shared.sources[number % len(shared.sources)],
        channel=shared.channels[number % len(shared.channels)],
        lead_image=image,
        lead_image_caption=f"Synthetic caption {number}",
        body=body,
        related_summit_id=shared.summit_ids[when.year],
    )


def make_articles(news_index, count, rng, shared, progress):
    step = next_child_step(news_index)
    for first in range(1, count + 1, BATCH_SIZE):
        numbers = range(first, min(first + BATCH_SIZE, count + 1))
        with transaction.atomic():
            pages = [build_article(n, count, rng, shared) for n in numbers]
            bulk_add_children(news_index, pages, step + first - 1)
            _add_bylines_and_topics(pages, rng, shared)
            fresh = list(
                ArticlePage.objects.filter(pk__in=[p.pk for p in pages])
                .select_related("source", "channel")
                .prefetch_related("tags", "authors", "related_page_links")
            )
            indexes.index_for_search(ArticlePage, fresh)
            indexes.index_references(fresh)
        progress.update(len(pages))


def _add_bylines_and_topics(pages, rng, shared):
    bylines, topics = [], []
    for page in pages:
        for order, person in enumerate(rng.sample(shared.people, 2 if page.pk % 3 else 1)):
            bylines.append(ArticleAuthor(article_id=page.pk, person=person, sort_order=order))
        for tag in rng.sample(shared.tags, 3):
            topics.append(ArticleTag(content_object_id=page.pk, tag=tag))
    ArticleAuthor.objects.bulk_create(bylines)
    ArticleTag.objects.bulk_create(topics)
