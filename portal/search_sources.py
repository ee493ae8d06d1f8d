"""Search kinds and non-page search sources.

Every page type says which kind of result it is through `BasePage.search_kind`
("news", "events", "awards", "people" or "pages") and which date the search's year filter
and date order use through `BasePage.search_date_field`. Models that are not pages but have
a public page of their own (an honouree, for instance) register here, with the queryset of
what the public may see, so the site search can include them without importing their app:

    register_search_source(Honoree, "people", lambda: Honoree.objects.filter(public=True))

The model must be `wagtail.search.index.Indexed` with search_fields (add
`portal.search.text.CJKSearchMixin` and `cjk_search_field()` so Chinese names are found)
and have `get_absolute_url()`. The queryset is evaluated at each search, so embargoes
apply at once.
"""

from collections.abc import Callable
from dataclasses import dataclass

from portal.search.text import CJKSearchMixin, cjk_search_field

__all__ = [
    "SEARCH_KINDS",
    "CJKSearchMixin",
    "SearchSource",
    "cjk_search_field",
    "register_search_source",
    "search_sources",
    "unregister_search_source",
]

SEARCH_KINDS = ("news", "events", "awards", "people", "pages")


@dataclass(frozen=True)
class SearchSource:
    model: type
    kind: str
    get_public_queryset: Callable  # () -> QuerySet of publicly visible, indexed objects
    # Optional name of a date or datetime field (or attribute) for the year filter.
    date_field: str | None = None

    def get_url(self, obj):
        return obj.get_absolute_url()


search_sources = []


def register_search_source(model, kind, get_public_queryset, *, date_field=None):
    if kind not in SEARCH_KINDS:
        raise ValueError(f"Unknown search kind {kind!r}")
    unregister_search_source(model)
    source = SearchSource(model, kind, get_public_queryset, date_field)
    search_sources.append(source)
    return source


def unregister_search_source(model):
    """Remove the model's registration (used by tests and by apps that replace one)."""
    search_sources[:] = [source for source in search_sources if source.model is not model]
