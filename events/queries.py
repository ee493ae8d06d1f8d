"""Querysets and selection of the events app: editions of the series, the parts of an edition
and their sessions, the featured edition, the programme's grouping and its days.

The models call these (a page method is one line), so nothing here imports the models: a
page's related types come from the tree rules Wagtail resolves (`parent_page_types`,
`subpage_types`) and from its relations."""

import datetime as dt

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone
from wagtail.models import Page

from .choices import PartKind


def _only(models):
    """The one model of this app among `models` (later apps may add page types of their own
    under an edition, such as its live coverage)."""
    (model,) = [m for m in models if m._meta.app_label == "events"]
    return model


def editions(series):
    """The live editions of a series page, newest first, each knowing its series."""
    edition_model = _only(series.allowed_subpage_models())
    found = list(
        edition_model.objects.child_of(series)
        .live()
        .public()
        .select_related("venue", "lead_image")
        .prefetch_related("key_figures")
        .defer_streamfields()
        .order_by("-year")
    )
    for edition in found:
        edition.series = series
    return found


def series_of(edition, *fields):
    series_model = _only(edition.allowed_parent_page_models())
    return series_model.objects.ancestor_of(edition).only(*fields).first()


def part_search_dates(part_model, ids):
    """{pk: start} of these parts for the site search, a part without a start of its own
    taking its edition's (it took place during the edition), in one query."""
    edition_model = _only(part_model.allowed_parent_page_models())
    parent_path = Substr(OuterRef("path"), 1, (OuterRef("depth") - 1) * Page.steplen)
    edition_start = edition_model.objects.filter(path=parent_path).values("start")[:1]
    rows = (
        part_model.objects.filter(pk__in=ids)
        .annotate(search_date=Coalesce("start", Subquery(edition_start)))
        .values_list("pk", "search_date")
    )
    return dict(rows)


def pick_featured(editions, now=None):
    """The current edition, else the next upcoming one, else the latest past one."""
    now = now or timezone.now()
    dated = [edition for edition in editions if edition.start]
    current = [e for e in dated if e.get_status(now) == "current"]
    if current:
        return current[0]
    upcoming = sorted((e for e in dated if e.get_status(now) == "upcoming"), key=lambda e: e.start)
    if upcoming:
        return upcoming[0]
    past = sorted(dated, key=lambda e: e.start, reverse=True)
    return past[0] if past else (editions[0] if editions else None)


def edition_of(part):
    """The edition a part belongs to: the parent Wagtail's routing loaded, else one query
    (with its venue)."""
    edition_model = _only(part.allowed_parent_page_models())
    for page in part._routed_ancestors() or ():
        if isinstance(page, edition_model):
            return page
    return edition_model.objects.ancestor_of(part).select_related("venue").first()


def edition_parts_queryset(edition):
    """The live parts of an edition with their figures, by start then tree order."""
    part_model = _only(edition.allowed_subpage_models())
    return (
        part_model.objects.child_of(edition)
        .live()
        .public()
        .select_related("venue")
        .prefetch_related("figures")
        .defer_streamfields()
        .order_by("start", "path")
    )


def with_edition(parts, edition):
    """The parts as a list, each knowing its edition (no query per part for it)."""
    parts = list(parts)
    for part in parts:
        part.edition = edition
    return parts


def edition_parts(edition):
    return with_edition(edition_parts_queryset(edition), edition)


def edition_sessions(parts):
    """The agenda sessions of all these parts (one query), by start."""
    if not parts:
        return []
    session_model = type(parts[0])._meta.get_field("agenda_sessions").related_model
    return list(
        session_model.objects.filter(page__in=[part.pk for part in parts])
        .prefetch_related("speakers")
        .order_by("start", "sort_order")
    )


def part_sessions(part):
    return list(part.agenda_sessions.prefetch_related("speakers").order_by("start", "sort_order"))


def part_people(part):
    """(organisers, speakers) of a part, with what their rows show; kept on the part, which
    its page and its JSON-LD both show."""
    if "people" not in part.__dict__:
        organisers = list(part.organisers.select_related("organization"))
        speakers = part.speakers.select_related("person", "person__organization", "person__photo")
        part.__dict__["people"] = (organisers, list(speakers))
    return part.__dict__["people"]


def parts_by_kind(parts):
    """[(kind, group label, parts)] in PartKind's order, parts keeping their order."""
    order = {kind: position for position, kind in enumerate(PartKind.values)}
    groups = {}
    for part in parts:
        groups.setdefault(part.kind, []).append(part)
    return [
        (kind, PartKind(kind).label, items)
        for kind, items in sorted(groups.items(), key=lambda item: order.get(item[0], 99))
    ]


def part_kinds(kinds):
    """These kinds once each, in PartKind's order."""
    return sorted(set(kinds), key=PartKind.values.index)


def edition_days(edition, limit=62):
    """The local calendar days an edition spans."""
    start, end = edition.local_start(), edition.local_end()
    if not start:
        return []
    days, day, last = [], start.date(), (end or start).date()
    while day <= last and len(days) < limit:
        days.append(day)
        day += dt.timedelta(days=1)
    return days
