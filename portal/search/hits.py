"""Collects the matches of a query across every public page type and registered source.

The search backend is asked once for the pages (ids, content types and dates only) and once
per registered source; filters, facet counts, ordering and pagination then work on that
light list, and only the page of results shown is loaded in full. The number of queries
depends on the number of page types and sources, never on the number of matches.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page
from wagtail.search import index
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from portal.extension_points import search_sources
from portal.visibility import public_pages

from .text import all_terms_matcher, indexed_text

# Matches considered per source; more words narrow a search further.
MAX_HITS = 1000


@dataclass
class Hit:
    kind: str
    model: type
    pk: int
    title: str
    date: datetime.date | None
    rank: int
    source_order: int
    title_match: bool = False
    obj: object = None
    source: object = None
    extra: dict = field(default_factory=dict)

    @property
    def year(self):
        return self.date.year if self.date else None


def to_local_date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value, timezone.get_default_timezone())
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return None


def page_model(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class() or Page


def _page_hits(query, site, title_matcher):
    pages = public_pages().filter(depth__gt=1)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    pages = pages.only("id", "title", "content_type_id")
    matches = list(pages.search(query, order_by_relevance=True)[:MAX_HITS])

    # Each page type dates itself by its own date (an article by its publication, an event by
    # its start) or not at all, one query per dated type; never by first_published_at, which
    # for an index or an event is only the day it was put online.
    dates = {}
    by_model = {}
    for page in matches:
        by_model.setdefault(page_model(page.content_type_id), []).append(page.pk)
    for model, ids in by_model.items():
        search_dates = getattr(model, "search_dates", None)
        if search_dates is not None:
            dates.update(search_dates(ids))

    hits = []
    for rank, page in enumerate(matches):
        model = page_model(page.content_type_id)
        date = dates.get(page.pk)
        hits.append(
            Hit(
                kind=getattr(model, "search_kind", "pages"),
                model=model,
                pk=page.pk,
                title=page.title,
                date=to_local_date(date),
                rank=rank,
                source_order=0,
                title_match=title_matcher(page.title),
            )
        )
    return hits


def _source_hits(query, title_matcher):
    """Matches of every registered source, ranked by the backend over the whole model and
    then narrowed to its public queryset (so embargo filters need no index FilterField)."""
    backend = get_search_backend()
    hits = []
    for order, source in enumerate(search_sources(), start=1):
        candidates = source.model._default_manager.only("pk")
        ranked = [obj.pk for obj in backend.search(query, candidates)[:MAX_HITS]]
        if not ranked:
            continue
        public = {obj.pk: obj for obj in source.get_public_queryset().filter(pk__in=ranked)}
        for rank, pk in enumerate(pk for pk in ranked if pk in public):
            obj = public[pk]
            title = str(obj)
            date = getattr(obj, source.date_field, None) if source.date_field else None
            hits.append(
                Hit(
                    kind=source.kind,
                    model=source.model,
                    pk=pk,
                    title=title,
                    date=to_local_date(date),
                    rank=rank,
                    source_order=order,
                    title_match=title_matcher(title),
                    obj=obj,
                    source=source,
                )
            )
    return hits


def find_hits(terms, site):
    """Every public match of all `terms`, in relevance order: matches with every term in the
    title first, then by the backend's rank within each source."""
    query = PlainText(" ".join(terms), operator="and")
    title_matcher = all_terms_matcher(terms)
    hits = _page_hits(query, site, title_matcher) + _source_hits(query, title_matcher)
    hits.sort(key=lambda hit: (not hit.title_match, hit.rank, hit.source_order))
    return hits


def sort_by_date(hits):
    """Newest first; undated matches last, in relevance order."""
    dated = sorted((hit for hit in hits if hit.date), key=lambda hit: hit.date, reverse=True)
    return dated + [hit for hit in hits if not hit.date]


def _prefetch_related_search_fields(objects):
    """The related objects whose text a result shows (an article's tags and source), one
    query per relation and type instead of one per result."""
    by_model = defaultdict(list)
    for obj in objects:
        by_model[type(obj)].append(obj)
    for model, group in by_model.items():
        names = [
            field.field_name
            for field in model.get_search_fields()
            if isinstance(field, index.RelatedFields)
        ]
        if names:
            prefetch_related_objects(group, *dict.fromkeys(names))


def load_objects(hits, request):
    """Fill `obj`, `url` and the text of the hits shown (one query per page type)."""
    page_ids = [hit.pk for hit in hits if hit.source is None]
    pages = {}
    if page_ids:
        pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
        _prefetch_related_search_fields(pages.values())
    loaded = []
    for hit in hits:
        if hit.source is None:
            hit.obj = pages.get(hit.pk)
            if hit.obj is None:
                continue
            hit.extra["url"] = hit.obj.get_url(request)
            get_title = getattr(hit.obj, "get_listing_title", None)
            hit.extra["title"] = get_title() if get_title else hit.title
        else:
            hit.extra["url"] = hit.source.get_url(hit.obj)
            hit.extra["title"] = hit.title
        hit.extra["texts"] = indexed_text(hit.obj, skip_title=True)
        loaded.append(hit)
    return loaded
