"""Dates, ranges and large numbers worded for each language (portal/formats, portal/dates)."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.formats import date_format

from events.models.common import format_number
from portal.dates import day_range, time_range

SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")


def at(day, month=11, year=2023, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


@pytest.mark.parametrize(
    ("start", "end", "english", "chinese"),
    [
        (at(8), None, "8 November 2023", "2023年11月8日"),
        (at(8), at(10), "8–10 November 2023", "2023年11月8日至10日"),
        (at(30, 10), at(2), "30 October – 2 November 2023", "2023年10月30日至11月2日"),
        (
            at(30, 12, 2023),
            at(2, 1, 2024),
            "30 December 2023 – 2 January 2024",
            "2023年12月30日至2024年1月2日",
        ),
    ],
)
def test_day_ranges(start, end, english, chinese):
    with translation.override("en"):
        assert day_range(start, end) == english
    with translation.override("zh-hans"):
        assert day_range(start, end) == chinese


def test_time_ranges_keep_the_events_zone():
    start, end = at(8, hour=9), at(8, hour=12, minute=30)
    with translation.override("en"):
        assert time_range(start, end) == "8 November 2023, 09:00–12:30 (CST)"
        assert time_range(start, at(9, hour=17)) == (
            "8 November 2023, 09:00 – 9 November 2023, 17:00 (CST)"
        )
    with translation.override("zh-hans"):
        assert time_range(start, end) == "2023年11月8日 09:00–12:30（CST）"
        assert time_range(start) == "2023年11月8日 09:00（CST）"


@pytest.mark.parametrize(
    ("name", "english", "chinese"),
    [
        ("DATE_FORMAT", "8 November 2023", "2023年11月8日"),
        ("DATETIME_FORMAT", "8 November 2023, 09:30", "2023年11月8日 09:30"),
        ("YEAR_MONTH_FORMAT", "November 2023", "2023年11月"),
        ("MONTH_DAY_FORMAT", "November 8", "11月8日"),
        ("YEAR_FORMAT", "2023", "2023年"),
        ("MONTH_NAME_FORMAT", "November", "11月"),
        ("CLOCK_FORMAT", "09:30", "09:30"),
        ("DAY_TIME_FORMAT", "8 Nov, 09:30", "11月8日 09:30"),
        ("MEDIUM_DATETIME_FORMAT", "8 Nov 2023, 09:30", "2023年11月8日 09:30"),
        ("WEEKDAY_DATE_FORMAT", "Wednesday 8 November", "11月8日 星期三"),
    ],
)
def test_every_named_format_exists_in_both_languages(name, english, chinese):
    value = at(8, hour=9, minute=30)
    with translation.override("en"):
        assert date_format(value, name) == english
    with translation.override("zh-hans"):
        assert date_format(value, name) == chinese


def test_large_numbers_use_the_languages_scales():
    with translation.override("en"):
        assert format_number(Decimal(100_000_000_000)) == "100 billion"
        assert format_number(Decimal(2_500_000_000_000)) == "2.5 trillion"
        assert format_number(1800) == "1,800"
    with translation.override("zh-hans"):
        assert format_number(Decimal(100_000_000_000)) == "1000亿"
        assert format_number(Decimal(2_500_000_000_000)) == "2.5万亿"
        assert format_number(1800) == "1,800"
