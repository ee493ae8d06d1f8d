"""The edition's organiser, spelt as the rest of the site spells it (its JSON-LD key stays
schema.org's "organizer"). Revisions keep it too: their JSON is renamed with the field, or a
draft or a revert would lose the organiser."""

from django.db import migrations


def _rename_in_revisions(old, new):
    def rename(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        Revision = apps.get_model("wagtailcore", "Revision")
        content_type = ContentType.objects.filter(app_label="events", model="summitpage").first()
        if content_type is None:
            return
        for revision in Revision.objects.filter(content_type=content_type).only("content"):
            if isinstance(revision.content, dict) and old in revision.content:
                revision.content[new] = revision.content.pop(old)
                revision.save(update_fields=["content"])

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_fold_sub_forums_into_event_pages"),
    ]

    operations = [
        migrations.RenameField(
            model_name="summitpage",
            old_name="organizer",
            new_name="organiser",
        ),
        migrations.RunPython(
            _rename_in_revisions("organizer", "organiser"),
            _rename_in_revisions("organiser", "organizer"),
        ),
    ]
