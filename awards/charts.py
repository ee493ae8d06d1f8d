"""Server-side SVG bar charts (no JavaScript), always shown with a text table."""

from django.utils.html import format_html, format_html_join

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 150
CHART_WIDTH = 400


def bar_chart(rows, title, chart_id):
    """rows: [(label, value)]. Returns an accessible inline SVG (role=img with a title)."""
    if not rows:
        return ""
    top = max(value for _, value in rows) or 1
    bar_space = CHART_WIDTH - LABEL_WIDTH - 50
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    bars = format_html_join(
        "",
        '<g transform="translate(0,{})">'
        '<text x="{}" y="{}" text-anchor="end" class="awards-chart__label">{}</text>'
        '<rect x="{}" y="0" width="{}" height="{}" class="awards-chart__bar"></rect>'
        '<text x="{}" y="{}" class="awards-chart__value">{}</text></g>',
        (
            (
                GAP + i * (BAR_HEIGHT + GAP),
                LABEL_WIDTH - 8,
                BAR_HEIGHT - 6,
                _truncate(label),
                LABEL_WIDTH,
                max(2, round(bar_space * value / top)),
                BAR_HEIGHT,
                LABEL_WIDTH + max(2, round(bar_space * value / top)) + 6,
                BAR_HEIGHT - 6,
                value,
            )
            for i, (label, value) in enumerate(rows)
        ),
    )
    return format_html(
        '<svg class="awards-chart" role="img" aria-labelledby="{}" viewBox="0 0 {} {}" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}">{}</title>{}</svg>',
        chart_id,
        CHART_WIDTH,
        height,
        chart_id,
        title,
        bars,
    )


def _truncate(label, length=20):
    label = str(label)
    return label if len(label) <= length else label[: length - 1] + "…"
