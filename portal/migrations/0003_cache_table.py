"""The database cache's table (settings/base.py: the shared cache without REDIS_URL), made
by `migrate` so that every way of setting the site up has it. With Redis or local memory,
createcachetable does nothing."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("portal", "0002_search_index_english_stemming")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
