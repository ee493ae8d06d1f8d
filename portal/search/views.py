"""The site search page and the autocomplete endpoint of the header box."""

import hashlib
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db.models import Case, IntegerField, Q, Value, When
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from portal import visibility
from portal.cache_guard import guarded
from portal.extension_points import search_sources
from portal.filtering import paginate
from portal.headers import ratelimit_key
from portal.i18n import in_visitors_language

from .filters import DATE, KIND_LABELS, SearchFilterSet
from .hits import find_hits, load_objects, page_model, sort_by_date
from .text import (
    CJK_RUN_RE,
    MAX_QUERY_LENGTH,
    clean_query,
    highlight,
    query_terms,
    snippet,
    term_regex,
)

RESULTS_PER_PAGE = 10
AUTOCOMPLETE_LIMIT = 6
AUTOCOMPLETE_CACHE_SECONDS = 60


def _seconds_to_wait(request, group, rate):
    """Seconds until this client address may ask again when it is over `rate` ("30/m"),
    else None. A cache that cannot be reached counts nothing: the request goes through."""
    if not rate:
        return None
    usage = guarded(
        "rate limit", get_usage, request, group=group, key=ratelimit_key, rate=rate, increment=True
    )
    if not usage or not usage["should_limit"]:
        return None
    return max(1, usage["time_left"])


def rate_limited(group, rate_setting, as_json=False):
    """Over the rate in settings.<rate_setting>: a 429 with Retry-After, as the site's page
    (templates/429.html) or, for the header box, as JSON."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            wait = _seconds_to_wait(request, group, getattr(settings, rate_setting, None))
            if wait is None:
                return view(request, *args, **kwargs)
            message = _("Too many requests. Please try again in %(seconds)s seconds.") % {
                "seconds": wait
            }
            if as_json:
                response = JsonResponse({"results": [], "error": message}, status=429)
            else:
                context = {
                    "meta_title": _("Too many requests"),
                    "noindex": True,
                    "retry_after": wait,
                    "retry_url": request.get_full_path(),
                }
                response = render(request, "429.html", context, status=429)
            response["Retry-After"] = str(wait)
            add_never_cache_headers(response)
            return response

        return wrapped

    return decorator


def _facets(hits, kind, year):
    """Counts per kind (within the chosen year) and per year (within the chosen kind)."""
    kinds = dict.fromkeys(KIND_LABELS, 0)
    years = {}
    for hit in hits:
        if year is None or hit.year == year:
            kinds[hit.kind] = kinds.get(hit.kind, 0) + 1
        if (not kind or hit.kind == kind) and hit.year:
            years[hit.year] = years.get(hit.year, 0) + 1
    kind_facets = [
        {"value": key, "label": KIND_LABELS[key], "count": count}
        for key, count in kinds.items()
        if count or key == kind
    ]
    year_facets = [{"value": y, "count": years[y]} for y in sorted(years, reverse=True)]
    if year and year not in years:
        year_facets.append({"value": year, "count": 0})
    return kind_facets, year_facets


def _promotions(query, request):
    """Editors' picks for the query, live and public pages or external links."""
    public_pages = visibility.public_pages()
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=public_pages))
        .select_related("page")
        .order_by("sort_order")
    )
    return [
        {
            "title": promotion.title,
            "url": promotion.page.get_url(request)
            if promotion.page
            else promotion.external_link_url,
            "description": promotion.description,
        }
        for promotion in promotions
    ]


def _popular_queries(exclude=""):
    """The most searched queries that found something (Wagtail's search terms report)."""
    popular = Query.get_most_popular().exclude(query_string=normalise_query_string(exclude))
    return [query.query_string for query in popular[:5]]


def _reset_url(query):
    """The search for the same words, without filters."""
    return reverse("search") + (f"?{urlencode({'q': query})}" if query else "")


@rate_limited("search", "SEARCH_RATE")
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    filters = SearchFilterSet(request.GET, request=request, reset_url=_reset_url(query))
    filters.check()  # a bad kind, year or order is a 400 page (portal/filtering.py)
    kind, year, sort = filters.kind_value, filters.year_value, filters.sort_value
    terms = query_terms(query)
    context = {
        "search_query": query,
        "query_shortened": shortened,
        "max_query_length": MAX_QUERY_LENGTH,
        "results": None,
        "noindex": True,
        "meta_title": _("Search results for “%(query)s”") % {"query": query}
        if query
        else _("Search"),
        "kind": kind,
        "year": year,
        "sort": sort,
        "terms": terms,
    }
    if query and not terms:
        context["no_words"] = True
    if not terms:
        context["popular_queries"] = _popular_queries()
        return render(request, "portal/search.html", context)

    hits = find_hits(terms, Site.find_for_request(request))
    context["kind_facets"], context["year_facets"] = _facets(hits, kind, year)
    hits = filters.apply(hits)
    if sort == DATE:
        hits = sort_by_date(hits)
    # An impossible page number is a 404 with a link back (portal/filtering.py).
    results = paginate(request, hits, RESULTS_PER_PAGE)

    regex = term_regex(terms)
    shown = load_objects(list(results.object_list), request)
    for hit in shown:
        hit.extra["title_html"] = highlight(hit.extra["title"], regex)
        hit.extra["snippet"] = snippet(hit.extra["texts"], regex)
        hit.extra["kind_label"] = KIND_LABELS.get(hit.kind, hit.kind)
    results.object_list = shown
    context["results"] = results
    count = results.paginator.count
    if results.number == 1 and not kind and year is None:
        context["promotions"] = _promotions(query, request)
        if count:
            # Wagtail's "Search terms" report and the suggestions below count found searches.
            Query.get(query).add_hit()
    if not count:
        context["popular_queries"] = _popular_queries(exclude=query)
    return render(request, "portal/search.html", context)


def _autocomplete_results(query, request):
    site = Site.find_for_request(request)
    pages = visibility.public_pages().filter(depth__gt=1, title__icontains=query)
    if site is not None:
        pages = in_visitors_language(pages, site)
    pages = pages.annotate(
        starts=Case(
            When(title__istartswith=query, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
    ).order_by("starts", "title")
    results = [
        {
            "title": page.title,
            "url": page.get_url(request),
            "kind": getattr(page_model(page.content_type_id), "search_kind", "pages"),
        }
        for page in pages.only("id", "title", "url_path", "content_type_id")[:AUTOCOMPLETE_LIMIT]
    ]
    backend = get_search_backend()
    for source in search_sources():
        room = AUTOCOMPLETE_LIMIT - len(results)
        if room <= 0:
            break
        # Through the search backend, since indexed names may be properties, not columns;
        # then narrowed to what the public may see (embargoes, for instance).
        candidates = source.model._default_manager.only("pk")
        ranked = [obj.pk for obj in backend.autocomplete(query, candidates)[: room * 4]]
        ranked = ranked or [obj.pk for obj in backend.search(query, candidates)[: room * 4]]
        public = {obj.pk: obj for obj in source.get_public_queryset().filter(pk__in=ranked)}
        for pk in [pk for pk in ranked if pk in public][:room]:
            obj = public[pk]
            results.append({"title": str(obj), "url": source.get_url(obj), "kind": source.kind})
    for result in results:
        result["kind_label"] = str(KIND_LABELS.get(result["kind"], result["kind"]))
    return results


@rate_limited("search-autocomplete", "AUTOCOMPLETE_RATE", as_json=True)
def autocomplete(request):
    """A few titles that contain what was typed, as JSON for the header search box."""
    query, _shortened = clean_query(request.GET.get("q", ""))
    if not query_terms(query) or (len(query) < 2 and not CJK_RUN_RE.search(query)):
        return JsonResponse({"results": []})
    site = Site.find_for_request(request)
    digest = hashlib.sha256(query.casefold().encode()).hexdigest()[:32]
    key = f"search-autocomplete:{site.pk if site else 0}:{digest}"
    results = cache.get(key)
    if results is None:
        results = _autocomplete_results(query, request)
        cache.set(key, results, AUTOCOMPLETE_CACHE_SECONDS)
    response = JsonResponse({"results": results})
    response["Cache-Control"] = f"public, max-age={AUTOCOMPLETE_CACHE_SECONDS}"
    return response
