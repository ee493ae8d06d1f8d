"""Site search across every public page."""

import unicodedata

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def clean_query(raw):
    """Drop control characters (NUL included) and cap the length."""
    text = "".join(ch for ch in raw if unicodedata.category(ch)[0] != "C" or ch in " \t")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        results = Page.objects.live().public().filter(depth__gt=1).specific().search(query)
        paginator = Paginator(results, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage) as exc:
            raise Http404(_("There is no such page of results.")) from exc
    return render(
        request,
        "portal/search.html",
        {
            "search_query": query,
            "results": results_page,
            "meta_title": _("Search results for “%(query)s”") % {"query": query}
            if query
            else _("Search"),
            "noindex": True,
        },
    )
