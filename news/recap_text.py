"""The wording of the recap builder's draft: a headline that says what happened, a standfirst
with the key figures, and sentences for the firsts, the parts, the awards and the
publications, written as a first draft that a journalist edits rather than as lists.

Everything goes through gettext; a figure is worded by its metric ("more than 580
exhibiting companies"), since its display label is a column heading, not prose."""

from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from awards.edition_counts import known_total, recognised
from portal.dates import day_range

# How a figure reads in a sentence, by metric; %(n)s is the number with its qualifier and
# unit ("more than 1,800", "100 billion yuan").
FIGURE_PHRASES = {
    "countries": gettext_lazy("participants from %(n)s countries and regions"),
    "offline_countries": gettext_lazy("%(n)s countries and regions present on site"),
    "guests": gettext_lazy("%(n)s guests"),
    "speakers": gettext_lazy("%(n)s speakers"),
    "exhibitors": gettext_lazy("%(n)s exhibiting companies"),
    "exhibitor_countries": gettext_lazy("exhibitors from %(n)s countries and regions"),
    "projects": gettext_lazy("%(n)s projects entered"),
    "project_countries": gettext_lazy("entries from %(n)s countries and regions"),
    "finalists": gettext_lazy("%(n)s projects in the finals"),
    "signed_projects": gettext_lazy("%(n)s projects signed"),
    "deal_value": gettext_lazy("deals worth %(n)s"),
    "employers": gettext_lazy("%(n)s employers"),
    "jobs": gettext_lazy("%(n)s jobs on offer"),
    "settled_projects": gettext_lazy("%(n)s projects settling in the host city"),
    "routes": gettext_lazy("%(n)s visiting routes"),
    "floor_area": gettext_lazy("a floor area of %(n)s"),
    "exhibition_areas": gettext_lazy("%(n)s themed exhibition areas"),
}
# The figures a headline may lead with, in order of preference: how many came.
HEADLINE_METRICS = ("countries", "guests", "offline_countries")
MAX_STANDFIRST_FIGURES = 3


def join(items):
    """'a', 'a and b', 'a, b and c'; with semicolons when an item has a comma of its own."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    if any(", " in item for item in items):  # not the comma of "1,800"
        return _("%(items)s; and %(last)s") % {"items": "; ".join(items[:-1]), "last": items[-1]}
    return _("%(items)s and %(last)s") % {"items": ", ".join(items[:-1]), "last": items[-1]}


def figure_phrase(figure):
    """'more than 1,800 guests'; a figure of another metric reads as number and label."""
    number = f"{figure.qualifier_text} {figure.display_number}".strip()
    phrase = FIGURE_PHRASES.get(figure.metric)
    if phrase is None:
        return f"{number} {figure.display_label[:1].lower()}{figure.display_label[1:]}"
    text = phrase % {"n": number}
    return f"{text} ({figure.note})" if figure.note else text


def _sentence(text):
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def headline(edition, figures, highlights):
    """'2023 Wuzhen Summit closes with participants from 126 countries and regions'."""
    values = {"title": edition.title}
    by_metric = {figure.metric: figure for figure in figures}
    lead = next((by_metric[m] for m in HEADLINE_METRICS if m in by_metric), None)
    if lead is not None:
        values["figure"] = figure_phrase(lead).split(" (")[0]  # no note in a headline
        return _("%(title)s closes with %(figure)s") % values
    if highlights:
        values["count"] = len(highlights)
        return (
            ngettext(
                "%(title)s closes with a first",
                "%(title)s closes with %(count)s firsts",
                len(highlights),
            )
            % values
        )
    if edition.venue_id and edition.venue.town:
        values["place"] = edition.venue.town
        return _("%(title)s closes in %(place)s") % values
    return _("%(title)s closes") % values


def date_range(edition):
    """'8–10 November 2023': the days in the edition's zone, without clock times."""
    start, end = edition.local_start(), edition.local_end()
    if not start:
        return ""
    return day_range(start, end)


def standfirst(edition, figures):
    """Where, when and under which theme, then the main figures."""
    place = edition.venue.town if edition.venue_id and edition.venue.town else ""
    values = {"title": edition.title, "dates": date_range(edition), "place": place}
    if edition.theme:
        values["theme"] = edition.theme
        if place:
            text = _("%(title)s met in %(place)s, %(dates)s, under the theme “%(theme)s”.")
        else:
            text = _("%(title)s took place %(dates)s under the theme “%(theme)s”.")
    elif place:
        text = _("%(title)s met in %(place)s, %(dates)s.")
    else:
        text = _("%(title)s took place %(dates)s.")
    text = text % values
    shown = [figure_phrase(figure) for figure in figures[:MAX_STANDFIRST_FIGURES]]
    if shown:
        text += " " + _("It brought together %(figures)s.") % {"figures": join(shown)}
    return text


def firsts_paragraph(highlights, link):
    """'The edition brought 4 firsts: A, B, C and D.' (`link(page, text)` makes a link)."""
    items = []
    for highlight in highlights:
        title = link(highlight.link_page, highlight.title) if highlight.link_page else None
        items.append(title or escape(highlight.title))
    return ngettext(
        "The edition brought a first: %(list)s.",
        "The edition brought %(count)s firsts: %(list)s.",
        len(items),
    ) % {"count": len(items), "list": join(items)}


def part_paragraph(part, link):
    """A few sentences on a sub-forum or event: its theme, then its figures."""
    values = {"part": link(part)}
    outcomes = [escape(figure_phrase(figure)) for figure in part.figures.all()]
    if outcomes:
        values["figures"] = join(outcomes)
    if part.theme:
        values["theme"] = escape(part.theme)
        sentences = [_("%(part)s took as its theme “%(theme)s”.") % values]
        if outcomes:
            sentences.append(_("It counted %(figures)s.") % values)
    elif outcomes:
        sentences = [_("%(part)s counted %(figures)s.") % values]
    else:
        sentences = [_("%(part)s was also on the programme.") % values]
    if not outcomes and part.listing_summary:
        sentences.append(escape(_sentence(part.listing_summary)))
    return " ".join(sentences)


def award_phrase(award, link):
    """'Leading Technology Award 2023, with 15 projects and cases recognised'."""
    total = known_total(award)
    if total is not None:
        counted = recognised(*total)
    elif award.recognition_count:
        counted = ngettext(
            "%(count)s recognition", "%(count)s recognitions", award.recognition_count
        ) % {"count": award.recognition_count}
    else:
        return link(award)
    return _("%(award)s, with %(counts)s") % {"award": link(award), "counts": escape(counted)}


def awards_paragraph(awards, year, link):
    items = [award_phrase(award, link) for award in awards]
    return ngettext(
        "One award programme presented its %(year)s edition at the summit: %(list)s.",
        "%(count)s award programmes presented their %(year)s editions at the summit: %(list)s.",
        len(items),
    ) % {"count": len(items), "year": year, "list": join(items)}


def publications_sentence(publications):
    titles = [f"“{escape(publication.display_title)}”" for publication in publications]
    return ngettext(
        "One publication was released at the summit: %(list)s.",
        "%(count)s publications were released at the summit: %(list)s.",
        len(titles),
    ) % {"count": len(titles), "list": join(titles)}
