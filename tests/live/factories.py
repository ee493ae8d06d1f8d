"""Factories for the live app. Everything they make is visibly synthetic."""

import datetime as dt

import factory
import wagtail_factories
from django.utils import timezone

from live.models import LiveCoveragePage, LiveUpdate
from tests.events.factories import shanghai


class LiveCoveragePageFactory(wagtail_factories.PageFactory):
    last_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = LiveCoveragePage

    title = factory.Sequence(lambda n: f"Synthetic live coverage {n}")
    slug = factory.Sequence(lambda n: f"synthetic-live-{n}")
    standfirst = "Synthetic coverage of a synthetic day, for tests."
    status = "live"
    coverage_start = factory.LazyFunction(lambda: shanghai(2030, 11, 10, 9, 0))


class LiveUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LiveUpdate

    posted_at = factory.Sequence(
        lambda n: shanghai(2030, 11, 10, 9, 0) + dt.timedelta(minutes=5 * n)
    )
    text = factory.Sequence(lambda n: f"<p>Synthetic update number {n}.</p>")
