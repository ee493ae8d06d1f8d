"""One page type for the parts of an edition: every SubForumPage becomes an EventPage of
kind "sub_forum", keeping its id, tree position, URL, fields, rows and revisions.

SubForumPage and EventPage were both child tables of EditionPartPage with no fields of their
own, so a sub-forum moves by giving it an events_eventpage row, deleting only its
events_subforumpage row (raw, so nothing cascades) and repointing every row that stores its
specific content type: the page itself, its revisions (and the "content_type" in their JSON),
log entries, the reference index, workflow states, search index entries, editing sessions...
Reversible: on the way back every EventPage of kind "sub_forum" becomes a SubForumPage."""

from django.db import migrations, models

SUB_FORUM = "sub_forum"


def _content_type_fields(apps):
    """(model, field) for every ForeignKey to ContentType in the project, but permissions'
    (they belong to the model, not to a page)."""
    for model in apps.get_models():
        meta = model._meta
        if meta.proxy or not meta.managed:
            continue
        if meta.label_lower in ("auth.permission", "contenttypes.contenttype"):
            continue
        for field in meta.local_fields:
            related = getattr(field, "related_model", None)
            if field.many_to_one and related and related._meta.label_lower == (
                "contenttypes.contenttype"
            ):
                yield model, field


def _rows_of(model, ids):
    """The filter picking the rows of `model` that concern the pages `ids`, or None."""
    names = {field.name for field in model._meta.get_fields()}
    if model._meta.label_lower == "wagtailcore.page":
        return models.Q(pk__in=ids)
    if "object_id" in names:
        return models.Q(object_id__in=[str(pk) for pk in ids])
    if "page" in names:
        return models.Q(page_id__in=ids)
    return None


def _repoint(apps, old, new, ids):
    """Move every stored reference to content type `old` to `new`; with `ids`, only those
    of these pages (rows of a model it cannot tell apart are left alone)."""
    Revision = apps.get_model("wagtailcore", "Revision")
    revisions = Revision.objects.filter(content_type=old)
    if ids is not None:
        revisions = revisions.filter(object_id__in=[str(pk) for pk in ids])
    for revision in revisions.only("content"):
        if isinstance(revision.content, dict) and revision.content.get("content_type") == old.pk:
            revision.content["content_type"] = new.pk
            revision.save(update_fields=["content"])
    for model, field in _content_type_fields(apps):
        rows = model._base_manager.filter(**{field.attname: old.pk})
        if ids is not None:
            condition = _rows_of(model, ids)
            if condition is None:
                continue
            rows = rows.filter(condition)
        rows.update(**{field.attname: new.pk})


def _move_child_rows(schema_editor, source, target, ids, chunk=500):
    """Give the pages `ids` a row in table `target` and delete their row in `source`."""
    quote = schema_editor.quote_name
    column = quote("editionpartpage_ptr_id")
    with schema_editor.connection.cursor() as cursor:
        for start in range(0, len(ids), chunk):
            part = ids[start : start + chunk]
            placeholders = ", ".join(["%s"] * len(part))
            cursor.execute(
                f"INSERT INTO {quote(target)} ({column}) "
                f"SELECT {column} FROM {quote(source)} WHERE {column} IN ({placeholders})",
                part,
            )
            cursor.execute(
                f"DELETE FROM {quote(source)} WHERE {column} IN ({placeholders})", part
            )


def sub_forums_to_event_pages(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    SubForumPage = apps.get_model("events", "SubForumPage")
    EditionPartPage = apps.get_model("events", "EditionPartPage")
    ids = list(SubForumPage.objects.values_list("pk", flat=True))
    old = ContentType.objects.filter(app_label="events", model="subforumpage").first()
    if ids:
        EditionPartPage.objects.filter(pk__in=ids).update(kind=SUB_FORUM)
        _move_child_rows(schema_editor, "events_subforumpage", "events_eventpage", ids)
    if old is not None:
        new, _created = ContentType.objects.get_or_create(app_label="events", model="eventpage")
        _repoint(apps, old, new, None)


def event_pages_to_sub_forums(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    EventPage = apps.get_model("events", "EventPage")
    ids = list(EventPage.objects.filter(kind=SUB_FORUM).values_list("pk", flat=True))
    if not ids:
        return
    _move_child_rows(schema_editor, "events_eventpage", "events_subforumpage", ids)
    old = ContentType.objects.get(app_label="events", model="eventpage")
    new, _created = ContentType.objects.get_or_create(app_label="events", model="subforumpage")
    _repoint(apps, old, new, ids)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RunPython(sub_forums_to_event_pages, event_pages_to_sub_forums),
        migrations.DeleteModel(name="SubForumPage"),
        migrations.AlterModelOptions(
            name="eventpage",
            options={
                "verbose_name": "sub-forum or event",
                "verbose_name_plural": "sub-forums and events",
            },
        ),
        migrations.AlterField(
            model_name="editionpartpage",
            name="kind",
            field=models.CharField(
                choices=[
                    ("sub_forum", "Sub-forums"),
                    ("ceremony", "Ceremonies"),
                    ("special_event", "Special events"),
                    ("expo", "Expos"),
                    ("exhibition", "Exhibitions"),
                    ("competition", "Competitions"),
                    ("matchmaking", "Matchmaking"),
                    ("opening", "Openings"),
                    ("cultural", "Cultural programme"),
                    ("services", "Visitor services"),
                    ("other", "Other events"),
                ],
                db_index=True,
                default="other",
                help_text=(
                    "A sub-forum or the sort of event it is; the edition page groups its parts "
                    "by kind and shows a sub-forum in the design of a sub-forum."
                ),
                max_length=32,
                verbose_name="kind",
            ),
        ),
    ]
