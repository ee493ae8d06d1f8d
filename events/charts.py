"""Server-side SVG charts: accessible (title, description, data table) and without scripts."""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from .choices import Metric
from .models.common import format_number

# Metrics compared across editions on the series page, in this order.
SERIES_CHART_METRICS = [Metric.COUNTRIES, Metric.GUESTS, Metric.OFFLINE_COUNTRIES]

WIDTH, HEIGHT = 400, 240
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_X = 34, 36, 8


@dataclass
class Bar:
    label: str
    value: float
    text: str
    short: str
    x: float
    y: float
    width: float
    height: float

    @property
    def centre(self):
        return self.x + self.width / 2


def bar_chart(chart_id, title, points):
    """points: [(label, number, text)], in display order. Returns the chart's context.

    Bars carry the bare number; the qualifier ("more than") is in the description and the
    data table, which screen readers and the curious get."""
    count = len(points)
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    top = max((float(value) for _label, value, _text in points), default=0) or 1
    slot = (WIDTH - 2 * MARGIN_X) / max(count, 1)
    bar_width = min(slot * 0.6, 80)
    bars = []
    for index, (label, value, text) in enumerate(points):
        height = float(value) / top * plot_height
        x = MARGIN_X + index * slot + (slot - bar_width) / 2
        bars.append(
            Bar(
                label=str(label),
                value=float(value),
                text=text,
                short=format_number(value),
                x=round(x, 1),
                y=round(MARGIN_TOP + plot_height - height, 1),
                width=round(bar_width, 1),
                height=round(height, 1),
            )
        )
    description = "; ".join(f"{bar.label}: {bar.text}" for bar in bars)
    return {
        "id": chart_id,
        "title": title,
        "description": description,
        "bars": bars,
        "width": WIDTH,
        "height": HEIGHT,
        "baseline": HEIGHT - MARGIN_BOTTOM,
        "label_y": HEIGHT - MARGIN_BOTTOM + 22,
        # Shrink the labels when many editions share the width.
        "font_size": round(min(18.0, slot / 3.4), 1),
    }


def render_chart(chart):
    return render_to_string("events/includes/bar_chart.html", {"chart": chart})


def editions_charts(editions):
    """One chart per compared metric that at least one edition reports, oldest year first."""
    charts = []
    chronological = sorted(editions, key=lambda edition: edition.year)
    for metric in SERIES_CHART_METRICS:
        points = []
        for edition in chronological:
            row = next((r for r in edition.key_figures.all() if r.metric == metric), None)
            if row is not None:
                text = f"{row.qualifier_text} {format_number(row.number)}".strip()
                points.append((edition.year, row.number, text))
        if points:
            title = _("%(metric)s, by edition") % {"metric": Metric(metric).label}
            charts.append(bar_chart(f"chart-{metric}", title, points))
    return charts
