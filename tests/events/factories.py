"""Factories for the events app. Everything they make is visibly synthetic."""

import datetime as dt
import zoneinfo

import factory
import wagtail_factories
from django.utils import timezone

from events.models import (
    AgendaSession,
    EventPage,
    KeyFigure,
    PartFigure,
    SummitIndexPage,
    SummitPage,
    Venue,
)

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def shanghai(*args):
    return dt.datetime(*args, tzinfo=SHANGHAI)


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Synthetic Hall {n}")
    town = "Wuzhen"
    town_native = "乌镇"
    city = "Tongxiang"
    city_native = "桐乡"
    region = "Zhejiang"
    region_native = "浙江"
    country = "CN"
    time_zone = "Asia/Shanghai"


class SummitIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = SummitIndexPage

    title = "Synthetic Summit Series"
    slug = "summits"
    series_name = "Synthetic Internet Conference Summit"
    native_name = "世界互联网大会"


class SummitPageFactory(wagtail_factories.PageFactory):
    last_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = SummitPage

    year = factory.Sequence(lambda n: 2030 + n)
    slug = factory.LazyAttribute(lambda o: str(o.year))
    title = factory.LazyAttribute(lambda o: f"Synthetic Summit {o.year}")
    edition_number = factory.Sequence(lambda n: n + 1)
    theme = "A synthetic theme for tests"
    start = factory.LazyAttribute(lambda o: shanghai(o.year, 11, 8, 9, 0))
    end = factory.LazyAttribute(lambda o: shanghai(o.year, 11, 10, 18, 0))
    time_zone = "Asia/Shanghai"
    venue = factory.SubFactory(VenueFactory)
    attendance_mode = "hybrid"


class EventPageFactory(wagtail_factories.PageFactory):
    last_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Synthetic event {n}")
    slug = factory.Sequence(lambda n: f"synthetic-event-{n}")
    kind = "expo"
    listing_summary = "A synthetic event for tests."


class SubForumFactory(EventPageFactory):
    """A sub-forum: an event page of kind sub_forum."""

    kind = "sub_forum"
    title = factory.Sequence(lambda n: f"Synthetic sub-forum {n}")
    slug = factory.Sequence(lambda n: f"synthetic-sub-forum-{n}")
    theme = "A synthetic sub-forum theme"
    listing_summary = ""


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFigure

    metric = "countries"
    number = 10


class PartFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartFigure

    metric = "exhibitors"
    number = 10


class AgendaSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgendaSession

    title = factory.Sequence(lambda n: f"Synthetic session {n}")
    start = factory.LazyFunction(lambda: shanghai(2030, 11, 8, 9, 0))
    end = factory.LazyFunction(lambda: shanghai(2030, 11, 8, 10, 30))
