"""With the page cache on, an embargo lifts at the announcement second: the cached "to be
announced" page is kept no longer than the announcement, in the page cache and (s-maxage,
max-age) in the HTTP cache and browsers in front."""

import datetime as dt
import os
import re

import pytest
import time_machine
from django.test import Client, override_settings

from portal.models import SiteBranding

from .conftest import ANNOUNCEMENT
from .factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        bool(os.environ.get("REDIS_URL")),
        reason="time travel moves the local-memory cache's clock only",
    ),
]


def test_the_cached_edition_page_shows_the_names_at_the_announcement(site, awards_index):
    SiteBranding.for_site(site)
    programme = AwardProgramPageFactory(parent=awards_index, slug="secret-prize")
    edition = AwardEditionPageFactory(parent=programme, year=2030, announcement_time=ANNOUNCEMENT)
    honouree = HonoureeFactory(person__name="Embargoed Laureate", person__country="BR")
    RecognitionFactory(edition=edition, title="Embargoed Project", honourees=[honouree])
    url = "/awards/secret-prize/2030/"

    before = ANNOUNCEMENT - dt.timedelta(seconds=30)
    with (
        override_settings(PAGE_CACHE_SECONDS=600),
        time_machine.travel(before, tick=False) as clock,
    ):
        first = Client().get(url)
        assert "Embargoed Project" not in first.content.decode()
        cached = Client().get(url)
        assert cached["X-Page-Cache"] == "hit"
        cache_control = cached["Cache-Control"]
        assert int(re.search(r"s-maxage=(\d+)", cache_control).group(1)) <= 30
        assert int(re.search(r"max-age=(\d+)", cache_control).group(1)) <= 30

        clock.shift(dt.timedelta(seconds=31))
        after = Client().get(url)
    assert after["X-Page-Cache"] == "miss"
    assert "Embargoed Project" in after.content.decode()
    assert "Embargoed Laureate" in after.content.decode()
