"""manage.py generate_bulk: seeded, visibly synthetic data at scale (never the demo)."""

import random
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from awards.models import AwardCategory, AwardsIndexPage, Honouree
from demo.bulk import articles, cleanup, editions, indexes, markers, recognitions, shared
from events.models import SummitIndexPage
from news.models import NewsIndexPage
from portal.invalidation import bulk_changes
from portal.models import Person


class Command(BaseCommand):
    help = (
        "Make synthetic articles, summit editions, recognitions and people for benchmarks "
        "(seeded and repeatable; every title says 'Synthetic'). --delete removes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--editions", type=int, default=10)
        parser.add_argument("--recognitions", type=int, default=10_000)
        parser.add_argument("--people", type=int, default=2_000)
        parser.add_argument("--tags", type=int, default=200)
        parser.add_argument("--images", type=int, default=12)
        parser.add_argument("--seed", type=int, default=2023)
        parser.add_argument("--delete", action="store_true", help="Remove the synthetic data.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        bar = tqdm(disable=options["no_progress"], unit="row", file=self.stderr._out)
        with bulk_changes():  # one site-wide cache invalidation at the end, not one per row
            self._handle(bar, options)

    def _handle(self, bar, options):
        if options["delete"]:
            bar.set_description("Deleting synthetic articles")
            cleanup.delete_all(bar)
            bar.close()
            self.stdout.write(self.style.SUCCESS("Synthetic data deleted."))
            return
        for name in ("articles", "editions", "people", "tags", "images"):
            if options[name] < 1 and name != "articles":
                raise CommandError(f"--{name} must be at least 1.")
        if options["articles"] < 0 or options["recognitions"] < 0:
            raise CommandError("Sizes cannot be negative.")
        if options["editions"] + markers.FIRST_YEAR > 2014:
            raise CommandError("At most 10 synthetic editions (2004-2013, before the real series).")
        news_index = NewsIndexPage.objects.first()
        summit_index = SummitIndexPage.objects.first()
        awards_index = AwardsIndexPage.objects.first()
        if not (news_index and summit_index and awards_index):
            raise CommandError(
                "The site has no news, summits or awards section: run load_demo first."
            )
        if cleanup.is_present():
            raise CommandError("Synthetic data is already there: run generate_bulk --delete first.")

        rng = random.Random(options["seed"])
        years = list(range(markers.FIRST_YEAR, markers.FIRST_YEAR + options["editions"]))
        with transaction.atomic():
            summits = editions.make_summits(summit_index, years)
            people = shared.make_people(options["people"], rng)
            data = SimpleNamespace(
                years=years,
                summit_ids={s.year: s.pk for s in summits},
                people=people,
                sources=shared.make_sources(10),
                channels=shared.make_channels(3),
                tags=shared.make_tags(options["tags"]),
                images=shared.make_images(options["images"]),
            )
            indexes.index_for_search(Person, people)
            programme, award_editions = editions.make_programme(awards_index, summits, 4)
            honourees = recognitions.make_honourees(people)
            made = Honouree.objects.filter(pk__in=[h.pk for h in honourees])
            indexes.index_for_search(Honouree, list(made.select_related("person")))
        bar.reset(total=options["articles"])
        bar.set_description("Synthetic articles")
        articles.make_articles(news_index, options["articles"], rng, data, bar)
        bar.reset(total=options["recognitions"])
        bar.set_description("Synthetic recognitions")
        categories = list(AwardCategory.objects.filter(programme=programme))
        recognitions.make_recognitions(
            award_editions, categories, honourees, options["recognitions"], rng, bar
        )
        bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Made {options['articles']} synthetic articles, {len(summits)} editions, "
                f"{options['recognitions']} recognitions and {len(people)} people."
            )
        )
