"""The news listing's filters, on the shared framework (portal/filtering.py): from the index
page's routes (/news/tag/<tag>/, /news/2023/11/) and from the query string
(?tag=&year=&month=&source=&channel=&summit=&about=), combinable.

A bad query-string value is a BadFilter (the 400 page naming it); a bad route value is a
missing page (views.py turns it into a 404)."""

import datetime
import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.filtering import ListingFilterSet

from .choices import MAX_YEAR, MIN_YEAR
from .queries import filter_choices, period_range

SLUG = re.compile(r"[-\w]{1,100}")
PAGE_ID = re.compile(r"[1-9]\d{0,17}")


class LookupField(django_filters.fields.ModelChoiceField):
    """One object of the queryset, found by `to_field_name`. The value's shape is checked
    first, so that nothing odd (a NUL byte, 300 characters) reaches the database; the first
    match wins (page slugs are unique only among siblings)."""

    def __init__(self, *args, pattern, **kwargs):
        self.pattern = pattern
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value)
        found = None
        if self.pattern.fullmatch(value):
            found = self.queryset.filter(**{self.to_field_name: value}).first()
        if found is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return found


class LookupFilter(django_filters.ModelChoiceFilter):
    field_class = LookupField

    def __init__(self, *args, pattern=SLUG, to_field_name="slug", **kwargs):
        super().__init__(*args, pattern=pattern, to_field_name=to_field_name, **kwargs)


class WholeNumberFilter(django_filters.NumberFilter):
    """A whole number (NumberFilter alone would take 2023.5)."""

    field_class = forms.IntegerField


class NewsFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and cleaned.get("year") is None and "year" not in self.errors:
            self.add_error("month", _("A month needs a year."))
        return cleaned


class NewsFilterSet(ListingFilterSet):
    """Filters of a queryset of articles. The choices (tags, sources, summits...) come from
    queries.filter_choices(), through the articles' model."""

    tag = LookupFilter(
        field_name="tagged_items__tag",
        label=gettext_lazy("Tag"),
        error_messages={"invalid_choice": gettext_lazy("There is no such tag.")},
    )
    year = WholeNumberFilter(
        label=gettext_lazy("Year"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        method="filter_period",
        error_messages={
            "invalid": gettext_lazy("The year must be a number such as 2023."),
            "min_value": gettext_lazy("The archive starts in %(limit_value)s."),
            "max_value": gettext_lazy("The archive ends in %(limit_value)s."),
        },
    )
    month = WholeNumberFilter(
        label=gettext_lazy("Month"),
        min_value=1,
        max_value=12,
        method="keep",  # applied with the year
        error_messages={
            key: gettext_lazy("The month must be a number from 1 to 12.")
            for key in ("invalid", "min_value", "max_value")
        },
    )
    source = LookupFilter(
        label=gettext_lazy("Source"),
        error_messages={"invalid_choice": gettext_lazy("There is no such source.")},
    )
    channel = LookupFilter(
        label=gettext_lazy("Channel"),
        error_messages={"invalid_choice": gettext_lazy("There is no such channel.")},
    )
    summit = LookupFilter(
        field_name="related_summit",
        label=gettext_lazy("Summit"),
        error_messages={"invalid_choice": gettext_lazy("There is no such summit.")},
    )
    about = LookupFilter(
        label=gettext_lazy("About"),
        pattern=PAGE_ID,
        to_field_name="pk",
        method="filter_about",
        error_messages={"invalid_choice": gettext_lazy("There is no such page.")},
    )

    class Meta:
        form = NewsFilterForm

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset, **kwargs)
        for name, choices in filter_choices(self.queryset.model).items():
            self.filters[name].queryset = choices

    def keep(self, queryset, name, value):
        return queryset

    def filter_period(self, queryset, name, year):
        start, end = period_range(year, self.form.cleaned_data.get("month"))
        return queryset.filter(published_at__gte=start, published_at__lt=end)

    def filter_about(self, queryset, name, page):
        return queryset.filter(queryset.model.pointing_at_q(page))

    # --- What the listing shows of them ------------------------------------------------------
    def query_params(self, without=None):
        """The filters as query parameters (without one of them, for its "remove" link:
        removing the year removes its month)."""
        dropped = {without, "month"} if without == "year" else {without}
        params = {}
        for name, value in self.cleaned.items():
            if name in dropped:
                continue
            params[name] = value.pk if name == "about" else getattr(value, "slug", value)
        return params

    def describe(self):
        """Human-readable descriptions of the active filters: [(name, label)]."""
        values = self.cleaned
        parts = []
        if "tag" in values:
            parts.append(("tag", _("Tagged “%(tag)s”") % {"tag": values["tag"].name}))
        if "year" in values:
            if "month" in values:
                period = date_format(
                    datetime.date(values["year"], values["month"], 1), "YEAR_MONTH_FORMAT"
                )
            else:
                period = date_format(datetime.date(values["year"], 1, 1), "YEAR_FORMAT")
            parts.append(("year", _("Published in %(period)s") % {"period": period}))
        if "source" in values:
            parts.append(("source", _("From %(source)s") % {"source": values["source"].name}))
        if "channel" in values:
            parts.append(("channel", _("In %(channel)s") % {"channel": values["channel"].name}))
        for name in ("summit", "about"):
            if name in values:
                parts.append((name, _("About %(page)s") % {"page": values[name].title}))
        return parts
