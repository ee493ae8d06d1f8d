"""The site's one bar chart: server-side SVG, no script, always with its data as a table.

    chart = bar_chart("chart-guests", _("Guests, by edition"), rows,
                      label_heading=_("Edition"), value_heading=_("Guests"))
    {% include "includes/bar_chart.html" with chart=chart %}

Rows are `ChartRow(label, value, text)`: `value` sets the bar's length, `text` is what the
table and screen readers get ("more than 1,000"); bars carry the bare number. Bars are
horizontal, one per row in the given order, so long labels (countries, years, metrics) fit
on a phone as well as on a desktop.
"""

from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import pgettext

WIDTH = 400
ROW_HEIGHT = 28
BAR_HEIGHT = 18
LABEL_WIDTH = 130
VALUE_SPACE = 56  # room right of the longest bar for its number
MAX_LABEL = 18  # characters of a label drawn in the SVG (the table has them whole)


@dataclass(frozen=True)
class ChartRow:
    label: str
    value: float
    text: str = ""


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    text: str
    number: str
    y: float
    width: float
    text_y: float
    value_x: float


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    label_heading: str
    value_heading: str
    bars: tuple
    width: int
    height: int
    label_x: int
    bar_x: int
    description: str


def _short(label):
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1] + "…"


def _number(value):
    value = float(value)
    return number_format(int(value) if value.is_integer() else value, force_grouping=True)


def bar_chart(chart_id, title, rows, *, label_heading, value_heading):
    """A BarChart for the template, or None when there is nothing to draw."""
    rows = [row if isinstance(row, ChartRow) else ChartRow(*row) for row in rows]
    if not rows:
        return None
    top = max(float(row.value) for row in rows) or 1
    span = WIDTH - LABEL_WIDTH - VALUE_SPACE
    bars = []
    for index, row in enumerate(rows):
        width = max(2.0, round(float(row.value) / top * span, 1))
        y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        number = _number(row.value)
        bars.append(
            Bar(
                label=str(row.label),
                short_label=_short(str(row.label)),
                text=row.text or number,
                number=number,
                y=y,
                width=width,
                text_y=y + BAR_HEIGHT - 4,
                value_x=LABEL_WIDTH + width + 6,
            )
        )
    return BarChart(
        id=chart_id,
        title=str(title),
        label_heading=str(label_heading),
        value_heading=str(value_heading),
        bars=tuple(bars),
        width=WIDTH,
        height=len(bars) * ROW_HEIGHT,
        label_x=LABEL_WIDTH - 8,
        bar_x=LABEL_WIDTH,
        description=pgettext("between the bars of a chart's description", "; ").join(
            pgettext("one bar of a chart's description", "%(label)s: %(value)s")
            % {"label": bar.label, "value": bar.text}
            for bar in bars
        ),
    )
