"""Loads the Chinese (zh-hans) edition of the demo, after every English part of load_demo.

Each English page gets its translation (made once with `copy_for_translation`, which copies
its rows: key figures, highlights, categories...), the Chinese texts of `texts_*.py`, links
to the Chinese pages instead of the English ones, and a published revision. Idempotent: a
translation is never made twice, and a revision is published only when the Chinese text
differs from what is live, so a second run updates the text and adds nothing else."""

from modelcluster.fields import ParentalKey
from modelcluster.models import get_all_child_relations
from wagtail.fields import StreamField
from wagtail.models import Locale, Page

from demo.live import CST
from demo.zh import (
    texts_awards,
    texts_explainers,
    texts_live,
    texts_news,
    texts_parts,
    texts_site,
    texts_summit,
)
from live.models import LiveUpdate

LANGUAGE = "zh-hans"

# Parents before children: a translation is made under its parent's translation, as its last
# child, so the home page's sections come in the English menu's order.
PAGES = [
    texts_site.HOME,
    *texts_summit.PAGES,
    *texts_parts.PAGES,
    *texts_live.PAGES,
    texts_site.NEWS_INDEX,
    *texts_news.PAGES,
    *texts_explainers.PAGES,
    *texts_awards.PAGES,
    texts_site.ABOUT,
]


def _english_page(context, path):
    page = context.home
    for slug in path:
        page = page.get_children().filter(slug=slug).first()
        if page is None:
            return None
    return page.specific


def _page_links(obj):
    """The foreign keys of `obj` (a page or one of its rows) that point at a page, but for
    the tree's own keys (a row's parent, a page's alias_of)."""
    for field in obj._meta.concrete_fields:
        if (
            field.many_to_one
            and not isinstance(field, ParentalKey)
            and field.model is not Page
            and issubclass(field.related_model, Page)
        ):
            yield field


def _localise_links(obj, locale):
    for field in _page_links(obj):
        target_id = getattr(obj, field.attname)
        if target_id is None:
            continue
        model = field.related_model
        key = model.objects.filter(pk=target_id).values_list("translation_key", flat=True)
        translated = model.objects.filter(translation_key__in=key, locale=locale).first()
        if translated is not None:
            setattr(obj, field.name, translated)


def _stripped(data):
    """Stream data without its block ids, which are new each time a body is assigned."""
    if isinstance(data, list):
        return [_stripped(item) for item in data]
    if isinstance(data, dict):
        return {key: _stripped(value) for key, value in data.items() if key != "id"}
    return data


def _relations(page):
    """The page's rows (key figures, highlights, related pages...), by accessor name."""
    return [relation.get_accessor_name() for relation in get_all_child_relations(page)]


def _fields(spec):
    fields = dict(spec["fields"])
    if "listing_summary" in fields:
        fields.setdefault("search_description", fields["listing_summary"])
    return fields


def _snapshot(page, spec):
    values = {}
    for name in [*_fields(spec), *(field.attname for field in _page_links(page))]:
        value = getattr(page, name)
        if isinstance(page._meta.get_field(name.removesuffix("_id")), StreamField):
            value = _stripped(value.get_prep_value())
        values[name] = value
    for relation in _relations(page):
        values[relation] = [
            {field.attname: getattr(row, field.attname) for field in row._meta.concrete_fields}
            for row in getattr(page, relation).all()
        ]
    if spec["tags"]:
        values["tags"] = sorted(tag.name for tag in page.tags.all())
    return values


def _apply(page, spec, locale):
    for name, value in _fields(spec).items():
        setattr(page, name, value)
    _localise_links(page, locale)
    for relation in _relations(page):
        texts = spec["rows"].get(relation, [])
        rows = list(getattr(page, relation).all())  # fresh copies on each .all(): keep them
        for position, row in enumerate(rows):
            for name, value in (texts[position] if position < len(texts) else {}).items():
                setattr(row, name, value)
            _localise_links(row, locale)
        setattr(page, relation, rows)
    if spec["tags"] and sorted(tag.name for tag in page.tags.all()) != sorted(spec["tags"]):
        page.tags.set(spec["tags"])


def translate(context, spec, locale):
    """The Chinese translation of the page at spec's path, with spec's texts, published;
    None when load_demo made no such English page."""
    english = _english_page(context, spec["path"])
    if english is None:
        return None
    translation = english.get_translation_or_none(locale)
    if translation is None:
        translation = english.copy_for_translation(locale, copy_parents=True)
        context.zh_made.add(english.pk)
        context.created(f"Chinese translation of “{english.title}”")
    page = type(english).objects.get(pk=translation.pk)
    before = _snapshot(page, spec)
    _apply(page, spec, locale)
    if before != _snapshot(page, spec) or not page.live or page.has_unpublished_changes:
        page.save_revision().publish()
        if page.pk not in context.changed and english.pk not in context.zh_made:
            context.created(f"Chinese text of “{page.title}”")
        context.changed.add(page.pk)
    return page


def _live_updates(context, page):
    """One Chinese update per English one, at the same time; only those of the texts."""
    if page is None:
        return
    english = page.get_translation(Locale.get_default())
    for update in english.updates.order_by("posted_at"):
        local = update.posted_at.astimezone(CST)
        texts = texts_live.UPDATES.get((local.hour, local.minute))
        if texts is None:
            continue
        text, extra = texts
        fields = {"text": text, "is_key": update.is_key, **extra}
        existing = page.updates.filter(posted_at=update.posted_at).first()
        if existing is None:
            LiveUpdate.objects.create(page=page, posted_at=update.posted_at, **fields)
            context.created(f"Chinese live update of {local:%H:%M}")
        elif any(getattr(existing, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(existing, name, value)
            existing.save()
            context.created(f"Chinese text of the {local:%H:%M} live update")


def load(context):
    locale, _created = Locale.objects.get_or_create(language_code=LANGUAGE)
    context.changed, context.zh_made = set(), set()
    # Twice: a page may link to one translated after it (the edition's highlights point at
    # its parts and at the award programmes); the second pass publishes only those.
    for _round in range(2):
        pages = {spec["path"]: translate(context, spec, locale) for spec in PAGES}
    _live_updates(context, pages[texts_live.COVERAGE["path"]])
