"""Honoree -> Honouree (the site's British spelling). The permissions keep their groups:
their codenames are renamed rather than created anew."""

import django.db.models.deletion
from django.db import migrations, models

ACTIONS = ("add", "change", "delete", "view")


def rename_permissions(old, new):
    def rename(apps, schema_editor):
        Permission = apps.get_model("auth", "Permission")
        for action in ACTIONS:
            Permission.objects.filter(
                content_type__app_label="awards", codename=f"{action}_{old}"
            ).update(codename=f"{action}_{new}")

    return rename


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("awards", "0001_initial"),
        ("portal", "0001_initial"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="honoree",
            name="awards_honoree_person_xor_organization",
        ),
        migrations.RenameModel(old_name="Honoree", new_name="Honouree"),
        migrations.AlterField(
            model_name="honouree",
            name="organization",
            field=models.OneToOneField(
                blank=True,
                help_text="Choose an organisation, or a person above (exactly one of the two).",
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="honouree",
                to="portal.organization",
                verbose_name="organisation",
            ),
        ),
        migrations.AlterField(
            model_name="honouree",
            name="person",
            field=models.OneToOneField(
                blank=True,
                help_text="Choose a person, or an organisation below (exactly one of the two).",
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="honouree",
                to="portal.person",
                verbose_name="person",
            ),
        ),
        migrations.AddConstraint(
            model_name="honouree",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("organization__isnull", True), ("person__isnull", False)),
                    models.Q(("organization__isnull", False), ("person__isnull", True)),
                    _connector="OR",
                ),
                name="awards_honouree_person_xor_organization",
                violation_error_message="Choose either a person or an organisation.",
            ),
        ),
        migrations.RunPython(
            rename_permissions("honoree", "honouree"), rename_permissions("honouree", "honoree")
        ),
    ]
