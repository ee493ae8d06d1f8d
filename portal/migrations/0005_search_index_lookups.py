"""Indexes for the site search's queries (portal/search/ranking.py) on Wagtail's index.

PostgreSQL: a GIN index on `title || body`. The search matches a query against the title
and the body of an entry together, so that its words may be split between them; Wagtail
indexes each column on its own, which a match on their concatenation cannot use, and every
search read the whole table.

SQLite: a covering index of each entry's id, content type and object id. Every FTS5 match
is narrowed to the content types searched by its entry id; without it, each lookup reads
the entry's row, which holds the whole indexed text.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
INDEXES = {
    "postgresql": ("portal_search_title_body_gin", 'USING gin (("title" || "body"))'),
    "sqlite": ("portal_search_entry_keys", '("id", "content_type_id", "object_id")'),
}


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor in INDEXES:
        name, definition = INDEXES[schema_editor.connection.vendor]
        schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{name}" ON "{TABLE}" {definition}')


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor in INDEXES:
        name, _definition = INDEXES[schema_editor.connection.vendor]
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0004_site_default_social_image"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
