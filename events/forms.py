"""The programme filter on an edition page (kind and day); bad values are a 400, never a 500."""

import datetime as dt

from django import forms
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from .choices import PartKind


def edition_days(edition, limit=62):
    """The local calendar days an edition spans."""
    start, end = edition.local_start(), edition.local_end()
    if not start:
        return []
    days, day, last = [], start.date(), (end or start).date()
    while day <= last and len(days) < limit:
        days.append(day)
        day += dt.timedelta(days=1)
    return days


class ProgrammeFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    day = forms.ChoiceField(label=_("Day"), required=False)

    def __init__(self, *args, edition, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = sorted({part.kind for part in edition.parts}, key=PartKind.values.index)
        self.fields["kind"].choices = [("", _("All kinds"))] + [
            (kind, PartKind(kind).label) for kind in kinds
        ]
        self.fields["day"].choices = [("", _("All days"))] + [
            (day.isoformat(), date_format(day, "l j F")) for day in edition_days(edition)
        ]

    def clean_day(self):
        value = self.cleaned_data["day"]
        return dt.date.fromisoformat(value) if value else None
