"""The search page's filters: the kind of result, its year and the order (`q`, the query
itself, is read by the view). Bad values are a 400 (see portal/filtering.py)."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from portal.filtering import ListingFilterSet

MIN_YEAR, MAX_YEAR = 1990, 2100

# The kinds a result can be of (portal.extension_points.SEARCH_KINDS), as the page names them.
KIND_LABELS = {
    "news": _("News"),
    "events": _("Summits and events"),
    "awards": _("Awards"),
    "people": _("People"),
    "pages": _("Other pages"),
}
RELEVANCE, DATE = "relevance", "date"
SORT_CHOICES = [(RELEVANCE, _("Relevance")), (DATE, _("Newest first"))]


class YearFilter(django_filters.NumberFilter):
    """A whole year (NumberFilter alone would take 2023.5)."""

    field_class = forms.IntegerField


class SearchFilterSet(ListingFilterSet):
    """Hits are not a queryset: read `cleaned` and narrow them with `apply()`."""

    kind = django_filters.ChoiceFilter(
        label=_("Type"),
        choices=list(KIND_LABELS.items()),
        method="keep",
        error_messages={"invalid_choice": _("There is no such type of result.")},
    )
    year = YearFilter(
        label=_("Year"),
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        method="keep",
        error_messages={"invalid": _("The year must be a number such as 2023.")},
    )
    sort = django_filters.ChoiceFilter(
        label=_("Order"),
        choices=SORT_CHOICES,
        method="keep",
        error_messages={"invalid_choice": _("Results can be ordered by relevance or date.")},
    )

    class Meta:
        model = Page
        fields = []  # the declared filters only

    def keep(self, queryset, name, value):
        return queryset

    @property
    def kind_value(self):
        return self.cleaned.get("kind", "")

    @property
    def year_value(self):
        return self.cleaned.get("year")

    @property
    def sort_value(self):
        return self.cleaned.get("sort", RELEVANCE)

    def apply(self, hits):
        """The hits of the chosen kind and year (raises BadFilter like `qs`)."""
        kind, year = self.kind_value, self.year_value
        return [
            hit
            for hit in hits
            if (not kind or hit.kind == kind) and (year is None or hit.year == year)
        ]
