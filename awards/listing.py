"""Public listings of recognitions: filters with counts, pagination, charts, and the
helpers the pages share. A fixed number of queries whatever the number of rows."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django_countries import countries

from . import charts, filters
from .filters import ALL_FIELDS, EDITION_FIELDS, PROGRAMME_FIELDS, InvalidFilters

__all__ = ["ALL_FIELDS", "EDITION_FIELDS", "PROGRAMME_FIELDS", "InvalidFilters", "build"]

PER_PAGE = 25


def awards_index_url(request=None):
    from .models import AwardsIndexPage  # noqa: PLC0415 -- cycle: awards.models.pages imports listing (issue 12)

    index_page = AwardsIndexPage.objects.live().first()
    return index_page.get_url(request) if index_page else ""


def honoree_url(index_url, honoree):
    return f"{index_url}honourees/{honoree.slug}/" if index_url else ""


def _facet(queryset, name):
    """[(value, label, count)] of one filter over a queryset."""
    if name == "programme":
        rows = queryset.values("programme_slug", "programme_title").annotate(n=Count("pk"))
        options = [(r["programme_slug"], r["programme_title"], r["n"]) for r in rows]
        return sorted(options, key=lambda o: o[1] or "")
    if name == "year":
        rows = queryset.values("edition__year").annotate(n=Count("pk")).order_by("-edition__year")
        return [(str(r["edition__year"]), str(r["edition__year"]), r["n"]) for r in rows]
    if name == "category":
        rows = (
            queryset.exclude(category__isnull=True)
            .values("category__slug", "category__name")
            .annotate(n=Count("pk"))
            .order_by("category__name")
        )
        return [(r["category__slug"], r["category__name"], r["n"]) for r in rows]
    rows = queryset.exclude(country="").values("country").annotate(n=Count("pk"))
    options = [(r["country"], countries.name(r["country"]), r["n"]) for r in rows]
    return sorted(options, key=lambda o: o[1])


def build(request, base, fields=ALL_FIELDS):
    """Context of a filtered, paginated listing. Raises InvalidFilters on a bad value and
    Http404 on a page number that does not exist."""
    cleaned = filters.parse(request.GET, fields)
    base = base.with_programme()
    controls = []
    for name in fields:
        others = {k: v for k, v in cleaned.items() if k != name}
        options = _facet(filters.apply(base, others), name)
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

    by_country = [(label, n) for _v, label, n in _facet(filtered, "country")]
    by_country.sort(key=lambda row: -row[1])
    by_year = [(label, n) for _v, label, n in _facet(filtered, "year")]
    return {
        "filter_controls": controls,
        "active_filters": cleaned,
        "recognitions": page_obj,
        "recognition_count": paginator.count,
        "awards_index_url": awards_index_url(request),
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


def latest_editions(programmes):
    """{programme pk: its latest live edition} in one query."""
    from .models import AwardEditionPage  # noqa: PLC0415 -- cycle: awards.models.pages imports listing (issue 12)

    if not programmes:
        return {}
    by_path = {p.path: p.pk for p in programmes}
    editions = (
        AwardEditionPage.objects.live()
        .public()
        .filter(
            depth=programmes[0].depth + 1,
            path__startswith=programmes[0].path[: -programmes[0].steplen],
        )
        .order_by("-year")
    )
    latest = {}
    for edition in editions:
        programme_pk = by_path.get(edition.path[: -edition.steplen])
        if programme_pk is not None and programme_pk not in latest:
            latest[programme_pk] = edition
    return latest


def award_label(recognition):
    label = f"{recognition.programme_title} {recognition.edition.year}"
    if recognition.category_id:
        label += f" – {recognition.category.name}"
    return label


def honoree_description(honoree, recognitions):
    awards = "; ".join(award_label(r) for r in recognitions[:3])
    return _("%(name)s, recognised by: %(awards)s.") % {"name": honoree.name, "awards": awards}


def honourees_item_list(recognitions, request=None):
    """schema.org ItemList of honourees (Person/Organization with `award`)."""
    index_url = awards_index_url(request)
    base = request.build_absolute_uri("/")[:-1] if request else ""
    people = {}
    for recognition in recognitions:
        for honoree in recognition.honourees.all():
            if honoree.pk not in people:
                data = honoree.json_ld()
                data["url"] = base + honoree_url(index_url, honoree)
                data["award"] = []
                people[honoree.pk] = data
            people[honoree.pk]["award"].append(award_label(recognition))
    return {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "item": item}
            for i, item in enumerate(people.values(), start=1)
        ],
    }


def cap_cache_to_next_announcement(response, now=None):
    """Let no cache keep an awards response past the next embargo's end: the response's
    max-age stops at the next announcement time of a live edition (one query)."""
    from .models import AwardEditionPage  # noqa: PLC0415 -- cycle: models.pages imports listing

    now = now or timezone.now()
    upcoming = (
        AwardEditionPage.objects.live()
        .filter(announcement_time__gt=now)
        .order_by("announcement_time")
        .values_list("announcement_time", flat=True)
        .first()
    )
    if upcoming is not None and hasattr(response, "headers"):
        patch_cache_control(response, max_age=max(0, int((upcoming - now).total_seconds())))
    return response
