"""Synthetic recognitions spread over the synthetic programme's editions, each with an
honouree drawn from the synthetic people."""

from django.db import transaction

from awards.models import Honouree, Recognition

from .shared import COUNTRIES

BATCH_SIZE = 1000


def make_honourees(people):
    honourees = [Honouree(person=p, slug=f"synthetic-{p.pk}") for p in people]
    return Honouree.objects.bulk_create(honourees, batch_size=BATCH_SIZE)


def make_recognitions(editions, categories, honourees, count, rng, progress):
    through = Recognition.honourees.through
    for first in range(0, count, BATCH_SIZE):
        numbers = range(first, min(first + BATCH_SIZE, count))
        with transaction.atomic():
            rows = Recognition.objects.bulk_create(
                Recognition(
                    edition=editions[n % len(editions)],
                    category=categories[n % len(categories)],
                    title=f"Synthetic project {n + 1:05d}",
                    citation="Synthetic citation for benchmarks.",
                    country=rng.choice(COUNTRIES),
                    rank=n // len(editions),
                )
                for n in numbers
            )
            through.objects.bulk_create(
                through(recognition_id=row.pk, honouree_id=rng.choice(honourees).pk) for row in rows
            )
        progress.update(len(rows))
