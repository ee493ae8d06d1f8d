"""Collects the matches of a query across every public page type and registered source.

The index is asked once for the ranked pages and once per registered source (ranking.py,
with the filters of the page in the same query); their ids, titles, content types and
dates make a light list that filters, facet counts, ordering and pagination work on, and
only the page of results shown is loaded in full. The number of queries
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

from portal.extension_points import search_sources
from portal.i18n import in_visitors_language
from portal.visibility import public_pages

from .ranking import ranked_pks
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


def searchable_pages(site, locale=None):
    """The pages the search may show: live, public, under the site's root and, when given,
    in `locale` (a Locale, for a localised search page)."""
    pages = public_pages().filter(depth__gt=1)
    if site is not None:
        # Under the site's root in the language being served (portal/i18n.py).
        pages = in_visitors_language(pages, site)
    if locale is not None:
        pages = pages.filter(locale=locale)
    return pages


def _page_hits(terms, pages, title_matcher):
    ranked = ranked_pks(pages, terms, MAX_HITS, broad=True)
    # Plain rows: a thousand Page instances would cost more than the search itself.
    rows = Page.objects.filter(pk__in=ranked).values_list("pk", "title", "content_type_id")
    found = {row[0]: row for row in rows}
    matches = [found[pk] for pk in ranked if pk in found]

    # Each page type dates itself by its own date (an article by its publication, an event by
    # its start) or not at all, one query per dated type; never by first_published_at, which
    # for an index or an event is only the day it was put online.
    dates = {}
    by_model = {}
    for pk, _title, content_type_id in matches:
        by_model.setdefault(page_model(content_type_id), []).append(pk)
    for model, ids in by_model.items():
        search_dates = getattr(model, "search_dates", None)
        if search_dates is not None:
            dates.update(search_dates(ids))

    hits = []
    for rank, (pk, title, content_type_id) in enumerate(matches):
        model = page_model(content_type_id)
        hits.append(
            Hit(
                kind=getattr(model, "search_kind", "pages"),
                model=model,
                pk=pk,
                title=title,
                date=to_local_date(dates.get(pk)),
                rank=rank,
                source_order=0,
                title_match=title_matcher(title),
            )
        )
    return hits


def _source_hits(terms, title_matcher):
    """Matches of every registered source among its public queryset (embargoes apply in the
    query itself, so they need no index FilterField; see ranking.py)."""
    hits = []
    for order, source in enumerate(search_sources(), start=1):
        public_queryset = source.get_public_queryset()
        ranked = ranked_pks(
            public_queryset,
            terms,
            MAX_HITS,
            search_queryset=source.model._default_manager.all(),
        )
        if not ranked:
            continue
        public = {obj.pk: obj for obj in public_queryset.filter(pk__in=ranked)}
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


def find_hits(terms, site, locale=None):
    """Every public match of all `terms` (pages of `site`, in `locale` when given), in
    relevance order: matches with every term in the title first, then by the backend's rank
    within each source."""
    title_matcher = all_terms_matcher(terms)
    pages = searchable_pages(site, locale)
    hits = _page_hits(terms, pages, title_matcher) + _source_hits(terms, title_matcher)
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
