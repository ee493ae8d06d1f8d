"""What the events pages render: the bodies of their routes and contexts (the page methods
are one-line calls of these)."""

from django.utils.translation import gettext as _

from portal import per_change
from portal.charts import ChartRow, bar_chart

from . import queries
from .choices import AttendanceMode, Metric
from .filters import ProgrammeFilterSet

# Metrics compared across editions on the series page, in this order.
SERIES_CHART_METRICS = [Metric.COUNTRIES, Metric.GUESTS, Metric.OFFLINE_COUNTRIES]


def editions_charts(editions):
    """One chart per compared metric that at least one edition reports, oldest year first."""
    charts = []
    chronological = sorted(editions, key=lambda edition: edition.year)
    for metric in SERIES_CHART_METRICS:
        rows = []
        for edition in chronological:
            figure = next((r for r in edition.key_figures.all() if r.metric == metric), None)
            if figure is not None:
                rows.append(ChartRow(str(edition.year), figure.number, figure.qualified_number))
        label = Metric(metric).label
        chart = bar_chart(
            f"chart-{metric}",
            _("%(metric)s, by edition") % {"metric": label},
            rows,
            label_heading=_("Edition"),
            value_heading=label,
        )
        if chart:
            charts.append(chart)
    return charts


def series_context(series, context):
    editions = queries.editions(series)
    context["editions"] = editions
    context["featured_edition"] = queries.pick_featured(editions)
    context["charts"] = editions_charts(editions)
    return context


def edition_programme(edition, request):
    """The edition page, its programme filtered by ?kind= and ?day= (BadFilter: a 400)."""
    filters = ProgrammeFilterSet(
        request.GET,
        queries.edition_parts_queryset(edition),
        request=request,
        edition=edition,
        present_kinds=[part.kind for part in edition.parts],
    )
    chosen = filters.cleaned
    parts = queries.with_edition(filters.qs, edition) if chosen else edition.parts
    return edition.render(
        request,
        context_overrides={
            "programme_filters": filters,
            "programme": queries.parts_by_kind(parts),
            "is_filtered": bool(chosen),
        },
    )


def _edition_shown(edition):
    return {
        "key_figures": list(edition.key_figures.all()),
        "highlights": list(edition.highlights.select_related("link_page")),
        "publications": list(edition.publications.select_related("document")),
        "host_city_indicators": list(edition.host_city_indicators.all()),
        "parts": edition.parts,
        "venue": edition.venue,
        "organiser": edition.organiser,
        "lead_image": edition.lead_image,
    }


def edition_context(edition, request, context):
    # The same for every visitor: kept until the edition or one of its parts changes.
    shown = per_change.for_page(edition, request, "edition-page", lambda: _edition_shown(edition))
    per_change.set_related(edition, shown, "venue", "organiser", "lead_image")
    edition.__dict__["parts"] = queries.with_edition(shown["parts"], edition)
    for name in ("key_figures", "highlights", "publications", "host_city_indicators"):
        context[name] = shown[name]
    context["calendar_links"] = edition.get_calendar_links(request)
    context.setdefault("programme", queries.parts_by_kind(edition.parts))
    return context


def _part_shown(part):
    edition = part.edition
    return {
        "edition_venue": edition.venue if edition else None,
        "edition_lead_image": edition.lead_image if edition else None,
        "figures": list(part.figures.all()),
        "people": queries.part_people(part),
        "sessions": part.get_sessions(),
        "tracks": list(part.tracks.all()),
        "venue": part.venue,
        "lead_image": part.lead_image,
    }


def part_context(part, request, context):
    # The same for every visitor: kept until the part or its edition changes.
    edition = part.edition
    shown = per_change.for_page(
        part, request, "part-page", lambda: _part_shown(part), also=[edition.pk] if edition else []
    )
    per_change.set_related(part, shown, "venue", "lead_image")
    if edition is not None:
        kept = {"venue": shown["edition_venue"], "lead_image": shown["edition_lead_image"]}
        per_change.set_related(edition, kept, "venue", "lead_image")
    part.__dict__["people"] = shown["people"]
    part.__dict__["_sessions"] = shown["sessions"]
    context["edition"] = edition
    context["figures"] = shown["figures"]
    context["organisers"], context["speakers"] = shown["people"]
    context["sessions"] = part.get_sessions()
    context["tracks"] = shown["tracks"]
    context["zone_name"] = str(part.get_time_zone())
    context["attendance_label"] = AttendanceMode(part.get_attendance_mode()).label
    context["calendar_links"] = part.get_calendar_links(request)
    return context
