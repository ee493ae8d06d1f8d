"""The public filters of recognition listings, shared by the pages and the JSON API:
programme, year, category and country. Values are validated (a bad value is a 400, never
a 500); a well-formed value that matches nothing gives an empty list."""

import re

from django.utils.translation import gettext_lazy as _
from django_countries import countries

ALL_FIELDS = ("programme", "year", "category", "country")
PROGRAMME_FIELDS = ("year", "category", "country")
EDITION_FIELDS = ("category", "country")

SLUG_RE = re.compile(r"^[-\w]{1,120}$")

LABELS = {
    "programme": _("Programme"),
    "year": _("Year"),
    "category": _("Category"),
    "country": _("Country or region"),
}


class InvalidFilters(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors


def parse(params, fields=ALL_FIELDS):
    """Return the cleaned filters {name: value} from a QueryDict, or raise InvalidFilters."""
    cleaned, errors = {}, {}
    for name in fields:
        raw = (params.get(name) or "").strip()
        if not raw:
            continue
        if name == "year":
            if raw.isdigit() and 1900 <= int(raw) <= 2200:
                cleaned[name] = int(raw)
            else:
                errors[name] = _("Enter a year such as 2023.")
        elif name == "country":
            code = raw.upper()
            if code in countries:
                cleaned[name] = code
            else:
                errors[name] = _("Unknown country code “%(code)s”.") % {"code": raw[:20]}
        elif SLUG_RE.match(raw):
            cleaned[name] = raw
        else:
            errors[name] = _("Choose a value from the list.")
    if errors:
        raise InvalidFilters(errors)
    return cleaned


def apply(queryset, cleaned):
    """Filter a Recognition queryset (annotated with the programme) by cleaned filters."""
    lookups = {
        "programme": "programme_slug",
        "year": "edition__year",
        "category": "category__slug",
        "country": "country",
    }
    return queryset.filter(**{lookups[name]: value for name, value in cleaned.items()})
