"""The programme filter of an edition page (?kind=&day=), on the site's listing framework: a
bad value is a 400 page naming it with a link to the unfiltered edition (portal/filtering.py);
a known kind the edition does not have is simply an empty programme."""

import datetime as dt

import django_filters
from django.db.models import Q
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from portal.filtering import ListingFilterSet

from . import queries
from .choices import PartKind


class ProgrammeFilterSet(ListingFilterSet):
    """Filters a queryset of the edition's parts; `edition` gives the days it offers."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        choices=PartKind.choices,
        empty_label=_("All kinds"),
        error_messages={"invalid_choice": _("There is no such kind of event.")},
    )
    day = django_filters.ChoiceFilter(
        label=_("Day"),
        choices=[],
        empty_label=_("All days"),
        method="filter_day",
        error_messages={"invalid_choice": _("The edition does not run on that day.")},
    )

    def __init__(self, data=None, queryset=None, *, edition, present_kinds=(), **kwargs):
        super().__init__(data, queryset, **kwargs)
        self.edition = edition
        # Django's own catalogue keeps the ASCII colon in Chinese.
        self.form.label_suffix = pgettext("after a label", ":")
        self.form.fields["day"].choices = [("", _("All days"))] + [
            (day.isoformat(), date_format(day, "WEEKDAY_DATE_FORMAT"))
            for day in queries.edition_days(edition)
        ]
        # Every kind is valid; the list offers the kinds this edition has (and the chosen one).
        kinds = set(present_kinds)
        if self.data and self.data.get("kind") in PartKind.values:
            kinds.add(self.data["kind"])
        self.form.fields["kind"].widget.choices = [("", _("All kinds"))] + [
            (kind, PartKind(kind).label) for kind in queries.part_kinds(kinds)
        ]

    def filter_day(self, queryset, name, value):
        day_start = dt.datetime.combine(
            dt.date.fromisoformat(value), dt.time.min, self.edition.get_time_zone()
        )
        day_end = day_start + dt.timedelta(days=1)
        # A part without times runs through the edition, so on each of its days.
        return queryset.filter(
            Q(start__isnull=True)
            | Q(start__lt=day_end)
            & (Q(end__gte=day_start) | Q(end__isnull=True, start__gte=day_start))
        )
