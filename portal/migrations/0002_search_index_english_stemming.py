"""English stemming for the site search on SQLite.

Wagtail's database backend creates its SQLite FTS5 table with the default `unicode61`
tokenizer, which does no stemming ("summits" never finds "summit"). This recreates the
table with the `porter` tokenizer wrapped around `unicode61` (same columns, same rows kept),
so indexed text and queries are stemmed alike. PostgreSQL stems through the backend's
SEARCH_CONFIG ("english", see portal/settings/search.py) and needs nothing here.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry_fts"
COLUMNS = "autocomplete, body, title"


def _recreate(schema_editor, tokenizer):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = %s", [TABLE])
        if cursor.fetchone() is None:
            return  # SQLite without FTS5: Wagtail falls back to its basic backend.
        tokenize = f", tokenize = '{tokenizer}'" if tokenizer else ""
        cursor.execute(f"CREATE TEMP TABLE portal_fts_copy AS SELECT rowid AS id, {COLUMNS} FROM {TABLE}")
        cursor.execute(f"DROP TABLE {TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {TABLE} USING fts5({COLUMNS}{tokenize})")
        cursor.execute(
            f"INSERT INTO {TABLE} (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM portal_fts_copy"
        )
        cursor.execute("DROP TABLE portal_fts_copy")


def use_porter(apps, schema_editor):
    _recreate(schema_editor, "porter unicode61 remove_diacritics 2")


def use_default(apps, schema_editor):
    _recreate(schema_editor, None)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(use_porter, use_default)]
