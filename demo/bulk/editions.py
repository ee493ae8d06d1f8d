"""Ten synthetic summit editions (2004-2013, before the real series) and one synthetic award
programme with an edition per year."""

import datetime as dt
import zoneinfo

from awards.models import AwardCategory, AwardEditionPage, AwardProgramPage
from events.models import SummitPage

from . import markers

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def make_summits(index, years):
    summits = []
    for number, year in enumerate(years, start=1):
        summit = SummitPage(
            title=f"{markers.SUMMIT_TITLE_PREFIX} {year}",
            slug=str(year),
            year=year,
            edition_number=number,
            time_zone="Asia/Shanghai",
            start=dt.datetime(year, 11, 8, 9, 0, tzinfo=SHANGHAI),
            end=dt.datetime(year, 11, 10, 18, 0, tzinfo=SHANGHAI),
            listing_summary=f"A synthetic edition for benchmarks ({year}).",
        )
        index.add_child(instance=summit)
        summit.save_revision().publish()
        summits.append(summit)
    return summits


def make_programme(awards_index, summits, categories):
    programme = AwardProgramPage(
        title="Synthetic award programme",
        slug=markers.PROGRAMME_SLUG,
        short_name="Synthetic award",
        listing_summary="A synthetic programme for benchmarks.",
        first_year=summits[0].year,
    )
    awards_index.add_child(instance=programme)
    for position in range(categories):
        programme.categories.add(
            AwardCategory(
                name=f"Synthetic category {position + 1}",
                slug=f"synthetic-category-{position + 1}",
                sort_order=position,
            )
        )
    programme.save_revision().publish()
    editions = []
    for summit in summits:
        edition = AwardEditionPage(
            title=f"Synthetic award {summit.year}",
            slug=str(summit.year),
            year=summit.year,
            summit=summit,
            ceremony_time=summit.end,
        )
        programme.add_child(instance=edition)
        edition.save_revision().publish()
        editions.append(edition)
    return programme, editions
