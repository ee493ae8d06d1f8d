"""Search kinds and non-page search sources.

Every page type says which kind of result it is through `BasePage.search_kind`
("news", "events", "awards", "people" or "pages"). Models that are not pages but have a
public page of their own (an honouree, for instance) register here, with the queryset of
what the public may see, so the site search can include them without importing their app.
"""

from collections.abc import Callable
from dataclasses import dataclass

SEARCH_KINDS = ("news", "events", "awards", "people", "pages")


@dataclass(frozen=True)
class SearchSource:
    model: type
    kind: str
    get_public_queryset: Callable  # () -> QuerySet of publicly visible, indexed objects


search_sources = []


def register_search_source(model, kind, get_public_queryset):
    if kind not in SEARCH_KINDS:
        raise ValueError(f"Unknown search kind {kind!r}")
    search_sources.append(SearchSource(model, kind, get_public_queryset))
