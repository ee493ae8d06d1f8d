"""Demo live coverage: the closing day of the 2023 Wuzhen Summit (10 November 2023), in the
ended state, so it reads as an archive. The facts are those of the facts sheet
(/work/shared/SUMMIT-2023-FACTS.md), told in the portal's own words; the recap gives no
clock times, so the times of the updates are an illustrative running order of the day, in
the edition's zone (Asia/Shanghai). No update is credited to a real reporter.
Idempotent: the page and its updates are created once, then left as they are."""

import datetime
from zoneinfo import ZoneInfo

from demo.pages import get_or_create_child
from events.models import SummitPage
from live.choices import CoverageStatus
from live.models import LiveCoveragePage, LiveUpdate

CST = ZoneInfo("Asia/Shanghai")
SLUG = "closing-day-live"


def at(hour, minute):
    return datetime.datetime(2023, 11, 10, hour, minute, tzinfo=CST)


# (time, text, key update, extra fields), oldest first.
UPDATES = [
    (
        at(8, 45),
        "<p>Good morning from Wuzhen. The tenth Wuzhen Summit of the World Internet "
        "Conference enters its third and last day; we follow it here until the close.</p>",
        False,
        {},
    ),
    (
        at(9, 30),
        "<p>The summit has set a record: 126 countries and regions are taking part, more "
        "than ever before, with more than 1,800 guests.</p>",
        True,
        {"figure_value": "126", "figure_label": "countries and regions taking part, a record"},
    ),
    (
        at(10, 15),
        "<p>More than 90 countries and regions were present in person this year; the "
        "summit runs both online and offline.</p>",
        False,
        {"figure_value": "90+", "figure_label": "countries and regions present offline"},
    ),
    (
        at(11, 0),
        "<p>At the Digital Economy Industry Cooperation Conference, one of three special "
        "events at the permanent venue, more than 70 projects have been signed, worth over "
        "100 billion yuan.</p>",
        True,
        {"figure_value": "70+", "figure_label": "projects signed, over 100 billion yuan"},
    ),
    (
        at(12, 20),
        "<p>The talent matchmaking meeting, held online and offline for the first time, "
        "brought together more than 1,200 employers offering more than 10,000 jobs.</p>",
        False,
        {"figure_value": "10,000+", "figure_label": "jobs on offer"},
    ),
    (
        at(13, 40),
        "<p>Ten years on from the first summit in 2014, organisers look back on a journey "
        "they describe as going from a small boat to a huge ship.</p>",
        False,
        {"quote": "From a small boat to a huge ship.", "quote_by": "The summit's ten-year motto"},
    ),
    (
        at(14, 30),
        "<p>The “Light of the Internet” Expo, in its tenth year, counted more than 580 "
        "companies from 48 countries and regions, with a record number of overseas "
        "exhibitors.</p>",
        False,
        {
            "figure_value": "580+",
            "figure_label": "exhibiting companies from 48 countries and regions",
        },
    ),
    (
        at(15, 20),
        "<p>The “Straight to Wuzhen” competition drew 1,005 projects from 23 countries; 81 "
        "of them reached the finals, in tracks from artificial intelligence to the digital "
        "ocean.</p>",
        False,
        {"figure_value": "81", "figure_label": "finalist projects out of 1,005"},
    ),
    (
        at(16, 10),
        "<p>A year of firsts: the WIC Leading Technology Award went to 15 projects, the "
        "Ten-Year Commemorative Honour was given for the first time, and the first cohort of "
        "the Global Young Leaders Program counts 18 young people from 14 countries and "
        "regions.</p>",
        True,
        {},
    ),
    (
        at(17, 0),
        "<p>The World Internet Science and Technology Museum has opened: about 7,000 square "
        "metres and six themed areas, billed as a summit that never ends, 365 days a "
        "year.</p>",
        False,
        {"figure_value": "7,000 m²", "figure_label": "of exhibition space in six areas"},
    ),
    (
        at(17, 45),
        "<p>The 2023 Wuzhen Summit has closed. Five projects attracted by the summit will "
        "settle in Tongxiang. That is the end of our live coverage; thank you for following "
        "it.</p>",
        True,
        {"figure_value": "5", "figure_label": "projects settling in Tongxiang"},
    ),
]


def _summit_2023():
    return SummitPage.objects.live().filter(slug="2023").order_by("path").first()


def load(context):
    summit = _summit_2023()
    if summit is None:  # the events demo makes it; without it there is nothing to cover
        return
    page, created = get_or_create_child(
        summit,
        LiveCoveragePage,
        SLUG,
        title="Live: the closing day of the 2023 Wuzhen Summit",
        listing_summary="The last day of the tenth Wuzhen Summit, 10 November 2023, as it "
        "happened.",
        standfirst="Records, signings, firsts and the close: the last day of the tenth Wuzhen "
        "Summit of the World Internet Conference, update by update.",
        status=CoverageStatus.ENDED,
        coverage_start=at(8, 30),
        coverage_end=at(18, 0),
    )
    if created:
        context.created("live coverage of the 2023 closing day")
    if page.updates.exists():
        return
    for when, text, is_key, extra in UPDATES:
        LiveUpdate.objects.create(page=page, posted_at=when, text=text, is_key=is_key, **extra)
    context.created(f"{len(UPDATES)} live updates")
