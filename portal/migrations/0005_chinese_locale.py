from django.db import migrations


def create_chinese_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Locale.objects.get_or_create(language_code="zh-hans")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_site_default_social_image"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(create_chinese_locale, migrations.RunPython.noop)]
