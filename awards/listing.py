"""Public listings of recognitions: filters with counts, pagination, charts, and the
helpers the pages share. A fixed number of queries whatever the number of rows."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import charts, filters
from .filters import ALL_FIELDS, EDITION_FIELDS, PROGRAMME_FIELDS, InvalidFilters
from .queries import facet

__all__ = ["ALL_FIELDS", "EDITION_FIELDS", "PROGRAMME_FIELDS", "InvalidFilters", "build"]

PER_PAGE = 25


def build(request, base, *, fields=ALL_FIELDS, index_url=""):
    """Context of a filtered, paginated listing. Raises InvalidFilters on a bad value and
    Http404 on a page number that does not exist."""
    cleaned = filters.parse(request.GET, fields)
    base = base.with_programme()
    controls = []
    for name in fields:
        others = {k: v for k, v in cleaned.items() if k != name}
        options = facet(filters.apply(base, others), name)
        if options or name in cleaned:  # a filter with nothing to choose is left out
            controls.append(
                {
                    "name": name,
                    "label": filters.LABELS[name],
                    "selected": str(cleaned.get(name, "")),
                    "options": options,
                }
            )
    filtered = filters.apply(base, cleaned)
    paginator = Paginator(filtered.for_listing(), PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage) as exc:
        raise Http404(_("There is no such page of results.")) from exc

    by_country = [(label, n) for _v, label, n in facet(filtered, "country")]
    by_country.sort(key=lambda row: -row[1])
    by_year = [(label, n) for _v, label, n in facet(filtered, "year")]
    return {
        "filter_controls": controls,
        "active_filters": cleaned,
        "recognitions": page_obj,
        "recognition_count": paginator.count,
        "awards_index_url": index_url,
        "chart_by_country": by_country,
        "chart_by_year": by_year,
        "chart_country_svg": charts.bar_chart(
            by_country, _("Recognitions by country or region"), "chart-country"
        ),
        "chart_year_svg": charts.bar_chart(by_year, _("Recognitions by year"), "chart-year"),
    }


def bad_request(request, page, exc):
    return TemplateResponse(
        request,
        "awards/bad_filters.html",
        {"page": page, "self": page, "errors": exc.errors, "noindex": True},
        status=400,
    )
