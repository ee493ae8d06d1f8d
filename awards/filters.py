"""The public filters of recognition listings, shared by the pages and the JSON API:
programme, year, category and country. A malformed or unknown value (a programme or a
category that does not exist) raises BadFilter (see portal/filtering.py); a well-formed
value that matches nothing gives an empty list."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from portal.filtering import ListingFilterSet

ALL_FIELDS = ("programme", "year", "category", "country")
PROGRAMME_FIELDS = ("year", "category", "country")
EDITION_FIELDS = ("category", "country")

MIN_YEAR, MAX_YEAR = 1900, 2200


class KnownSlugField(forms.SlugField):
    """A slug that must be one of `known` (a queryset with a `slug` field), when given."""

    def __init__(self, *, known=None, unknown_message="", **kwargs):
        super().__init__(allow_unicode=True, max_length=255, **kwargs)
        self.known = known
        self.unknown_message = unknown_message

    def clean(self, value):
        # The slug's own validators run first: a malformed value (a NUL byte, which
        # PostgreSQL refuses) never reaches the database.
        value = super().clean(value)
        if value and self.known is not None and not self.known.filter(slug=value).exists():
            raise ValidationError(self.unknown_message, code="unknown")
        return value


class KnownSlugFilter(django_filters.CharFilter):
    field_class = KnownSlugField


class CountryCodeField(forms.CharField):
    """An ISO 3166 code, in either case."""

    def to_python(self, value):
        return super().to_python(value).upper()

    def validate(self, value):
        super().validate(value)
        if value and value not in countries:
            raise ValidationError(self.error_messages["invalid"], code="invalid")


class CountryFilter(django_filters.CharFilter):
    field_class = CountryCodeField


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField  # NumberFilter alone would take 2023.5


class RecognitionFilterSet(ListingFilterSet):
    """Filters of a Recognition queryset annotated with_programme().

    `fields` are the filters the listing offers (the others are ignored); `programmes`
    and `categories` are the querysets a programme or category slug must be found in."""

    programme = KnownSlugFilter(
        label=_("Programme"),
        field_name="programme_slug",
        unknown_message=_("There is no such award programme."),
        error_messages={"invalid": _("Choose a programme from the list.")},
    )
    year = YearFilter(
        label=_("Year"),
        field_name="edition__year",
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        error_messages={
            "invalid": _("Enter a year such as 2023."),
            "min_value": _("Enter a year such as 2023."),
            "max_value": _("Enter a year such as 2023."),
        },
    )
    category = KnownSlugFilter(
        label=_("Category"),
        field_name="category__slug",
        unknown_message=_("There is no such category here."),
        error_messages={"invalid": _("Choose a category from the list.")},
    )
    country = CountryFilter(
        label=_("Country or region"),
        field_name="country",
        error_messages={"invalid": _("There is no country or region with this code.")},
    )

    def __init__(
        self, data=None, queryset=None, *, fields=ALL_FIELDS, programmes=None, categories=None, **kw
    ):
        super().__init__(data, queryset, **kw)
        for name in [name for name in self.filters if name not in fields]:
            del self.filters[name]
        if "programme" in self.filters:
            self.filters["programme"].extra["known"] = programmes
        if "category" in self.filters:
            self.filters["category"].extra["known"] = categories

    def narrow(self, queryset, without=None):
        """`queryset` narrowed by every valid filter but `without` (raises BadFilter)."""
        for name, value in self.cleaned.items():
            if name != without:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
