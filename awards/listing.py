"""Public listings of recognitions: filters with counts, pagination and charts. A fixed
number of queries whatever the number of rows."""

from django.utils.translation import gettext as _

from portal import per_change
from portal.charts import bar_chart
from portal.filtering import paginate

from .filters import ALL_FIELDS, EDITION_FIELDS, PROGRAMME_FIELDS, RecognitionFilterSet
from .queries import facet

__all__ = ["ALL_FIELDS", "EDITION_FIELDS", "PROGRAMME_FIELDS", "build"]

PER_PAGE = 25


def _facets(filterset, base, filtered, fields):
    """The options of each filter and the rows of the two charts (a query each)."""
    by_country = [(label, n) for _v, label, n in facet(filtered, "country")]
    by_country.sort(key=lambda row: -row[1])
    return {
        "options": {name: facet(filterset.narrow(base, without=name), name) for name in fields},
        "by_country": by_country,
        "by_year": [(label, n) for _v, label, n in facet(filtered, "year")],
    }


def build(
    request,
    recognitions,
    *,
    fields,
    programmes=None,
    categories=None,
    index_url="",
    kept_for=None,
    kept_until=None,
):
    """Context of a filtered, paginated listing of `recognitions`, filtered by `fields`
    (programme and category slugs are looked up in `programmes` and `categories`).

    Unfiltered, the facets are the same for every visitor: they are kept until `kept_for`
    (the page showing the listing, whose tag a recognition's change replaces) changes, and
    at most until `kept_until` (the next embargo's end).

    Raises BadFilter on a bad value and ListingPageNotFound on a page that does not exist."""
    base = recognitions.with_programme()
    filterset = RecognitionFilterSet(
        request.GET,
        base,
        request=request,
        fields=fields,
        programmes=programmes,
        categories=categories,
    )
    cleaned = filterset.cleaned
    filtered = filterset.narrow(base)

    def compute():
        return _facets(filterset, base, filtered, fields)

    count = None
    if kept_for is not None and not cleaned:
        name = "recognition-facets:" + ",".join(fields)
        facets = per_change.for_page_until(kept_for, request, name, compute, kept_until)
        count = sum(n for _label, n in facets["by_year"])  # every recognition has a year
    else:
        facets = compute()
    controls = []
    for name in fields:
        options = facets["options"][name]
        if options or name in cleaned:  # a filter with nothing to choose is left out
            controls.append(
                {
                    "name": name,
                    "label": filterset.filters[name].label,
                    "selected": str(cleaned.get(name, "")),
                    "options": options,
                }
            )
    page_obj = paginate(request, filtered.for_listing(), PER_PAGE, count=count)
    by_country, by_year = facets["by_country"], facets["by_year"]
    return {
        "filter_controls": controls,
        "active_filters": cleaned,
        "recognitions": page_obj,
        "recognition_count": page_obj.paginator.count,
        "awards_index_url": index_url,
        "chart_by_country": bar_chart(
            "chart-country",
            _("Recognitions by country or region"),
            by_country,
            label_heading=_("Country or region"),
            value_heading=_("Recognitions"),
        ),
        "chart_by_year": bar_chart(
            "chart-year",
            _("Recognitions by year"),
            by_year,
            label_heading=_("Year"),
            value_heading=_("Recognitions"),
        ),
    }
