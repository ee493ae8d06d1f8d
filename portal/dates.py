"""Ranges of days and times worded for the active language, from the named formats of
portal/formats (the first and last day are formatted there, the joining words are in the
catalogue). The values are formatted as given: convert them to the event's zone first."""

from django.utils.formats import date_format
from django.utils.translation import pgettext


def _same_month(start, end):
    return pgettext("range of days within one month", "%(start)s–%(end)s") % {
        "start": start,
        "end": end,
    }


def _across(start, end):
    return pgettext("range of days across months", "%(start)s – %(end)s") % {
        "start": start,
        "end": end,
    }


def day_range(start, end=None):
    """'8–10 November 2023' (English), '2023年11月8日至10日' (Chinese)."""
    if not end or end.date() == start.date():
        return date_format(start, "DATE_FORMAT")
    if (start.year, start.month) == (end.year, end.month):
        return _same_month(
            date_format(start, "RANGE_SAME_MONTH_START"), date_format(end, "RANGE_SAME_MONTH_END")
        )
    if start.year == end.year:
        return _across(
            date_format(start, "RANGE_SAME_YEAR_START"), date_format(end, "RANGE_SAME_YEAR_END")
        )
    return _across(date_format(start, "DATE_FORMAT"), date_format(end, "DATE_FORMAT"))


def time_range(start, end=None):
    """'8 November 2023, 09:00–12:00 (CST)', '2023年11月8日 09:00至12:00（CST）'."""
    text = date_format(start, "DATETIME_FORMAT")
    if end and end.date() == start.date():
        text = pgettext("range of times within one day", "%(start)s–%(end)s") % {
            "start": text,
            "end": date_format(end, "CLOCK_FORMAT"),
        }
    elif end:
        text = _across(text, date_format(end, "DATETIME_FORMAT"))
    return pgettext("a time and its time zone", "%(when)s (%(zone)s)") % {
        "when": text,
        "zone": start.tzname(),
    }
