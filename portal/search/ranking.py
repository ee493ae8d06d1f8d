"""Relevance-ranked matches of the site search, in one SQL query on the database backends.

Wagtail's database backends rank a queryset by annotating every candidate row with a
correlated subquery that runs the full-text query again for that row (SQLite: an FTS5
MATCH per row; PostgreSQL: the match on `title || body`, which no index covers), so a
search costs the number of candidate rows times the cost of the whole search: more than a
minute at 12,000 articles on SQLite. Here the full-text index drives the query instead:
the matches come from the FTS5 table (or the GIN index of migration portal/0005), the
queryset's own filters (live, public, site, locale, embargo) are checked per match with
an EXISTS on its primary key, and only the best `limit` are ranked out. The cost grows with
the number of matches, never with the size of the table.

Other backends (OpenSearch, Elasticsearch, SQLite without FTS5) keep Wagtail's own search.
"""

import json

from django.db import connections, transaction
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText
from wagtail.search.utils import get_descendants_content_types_pks

ENTRY_ALIAS = "portal_search_entry"
ENTRY_TABLE = "wagtailsearch_indexentry"
FTS_TABLE = "wagtailsearch_indexentry_fts"
# The covering index of migration portal/0005 (SQLite): an entry's content type and object
# from its id without reading the row, which holds the whole indexed text.
KEYS_INDEX = "portal_search_entry_keys"
# bm25() weights of the FTS5 columns in their order (portal/migrations/0002): autocomplete,
# body, title. A word in the title counts twice as much as one in the body, as Page's
# `SearchField("title", boost=2)` asks.
FTS_WEIGHTS = "0.0, 1.0, 2.0"


def _database_backend(vendor):
    """'sqlite' or 'postgresql' when the search backend is Wagtail's database backend for
    the database of the queryset, else None."""
    backend = get_search_backend()
    # Imported here: each backend module loads only with its own database (models).
    if vendor == "sqlite":
        from wagtail.search.backends.database.sqlite.sqlite import (  # noqa: PLC0415
            SQLiteSearchBackend,
        )

        return vendor if isinstance(backend, SQLiteSearchBackend) else None
    if vendor == "postgresql":
        from wagtail.search.backends.database.postgres.postgres import (  # noqa: PLC0415
            PostgresSearchBackend,
        )

        return vendor if isinstance(backend, PostgresSearchBackend) else None
    return None


def _visible_sql(queryset):
    """SQL (and params) of an EXISTS telling whether the index entry's object is in
    `queryset`, looked up by primary key."""
    pk = queryset.model._meta.pk
    while pk.is_relation:
        pk = pk.target_field
    object_id = RawSQL(f'"{ENTRY_ALIAS}"."object_id"', ())
    if pk.get_internal_type() in ("CharField", "TextField"):
        key = object_id  # no cast: a text key is compared as the index stores it
    else:
        key = Cast(object_id, output_field=pk.__class__())
    inner = queryset.order_by().filter(pk=key).values("pk")
    sql, params = inner.query.sql_with_params()
    return f"EXISTS ({sql})", list(params)


def _sqlite_match(terms):
    """An FTS5 query for every term in the title or body, each a quoted string."""
    quoted = " AND ".join('"{}"'.format(term.replace('"', '""')) for term in terms)
    return f"{{title body}} : ({quoted})"


def _ranked_sqlite(cursor, queryset, terms, limit, *, broad):
    """For pages (`broad`): first the best 2 x `limit` entries of the FTS5 table alone (bm25
    without a join), narrowed to those of `queryset`. Otherwise, or when that keeps too few
    (a word found mostly in other models), one query joining every match to the entry keys
    of the content types searched, through the covering index."""
    visible, visible_params = _visible_sql(queryset)
    content_types = get_descendants_content_types_pks(queryset.model)
    placeholders = ", ".join(["%s"] * len(content_types))
    entry = f'"{ENTRY_TABLE}" AS "{ENTRY_ALIAS}" INDEXED BY "{KEYS_INDEX}"'
    narrow = f'"{ENTRY_ALIAS}"."content_type_id" IN ({placeholders}) AND {visible}'
    narrow_params = [*content_types, *visible_params]
    order = f'bm25("{FTS_TABLE}", {FTS_WEIGHTS}), "{FTS_TABLE}"."rowid" DESC'
    match = _sqlite_match(terms)
    if broad:
        found = _best_window_sqlite(cursor, match, order, entry, narrow, narrow_params, limit)
        if found is not None:
            return found
    cursor.execute(
        f'SELECT "{ENTRY_ALIAS}"."object_id" FROM "{FTS_TABLE}" INNER JOIN {entry} '
        f'ON "{ENTRY_ALIAS}"."id" = "{FTS_TABLE}"."rowid" '
        f'WHERE "{FTS_TABLE}" MATCH %s AND {narrow} ORDER BY {order} LIMIT %s',
        [match, *narrow_params, limit],
    )
    return [row[0] for row in cursor.fetchall()]


def _best_window_sqlite(cursor, match, order, entry, narrow, narrow_params, limit):
    """The object ids among the best 2 x `limit` matches, or None when they are too few."""
    window = 2 * limit
    cursor.execute(
        f'SELECT "rowid" FROM "{FTS_TABLE}" WHERE "{FTS_TABLE}" MATCH %s ORDER BY {order} LIMIT %s',
        [match, window],
    )
    best = [row[0] for row in cursor.fetchall()]
    if not best:
        return []
    cursor.execute(
        f'SELECT "{ENTRY_ALIAS}"."id", "{ENTRY_ALIAS}"."object_id" FROM {entry} '
        f'WHERE "{ENTRY_ALIAS}"."id" IN (SELECT "value" FROM json_each(%s)) AND {narrow}',
        [json.dumps(best), *narrow_params],
    )
    kept = dict(cursor.fetchall())
    found = [kept[entry_id] for entry_id in best if entry_id in kept]
    if len(found) >= limit or len(best) < window:
        return found[:limit]
    return None


def _ranked_postgres(cursor, queryset, terms, limit, config, *, broad):
    """Matches through the GIN index of portal/0005; ts_rank on the title for all of them
    (small vectors), then on title and body for the best 2 x `limit` of those: title matches
    first, then the newest. Ranking a body unpacks its whole tsvector, and a common word
    matches a third of the archive."""
    visible, visible_params = _visible_sql(queryset)
    content_types = get_descendants_content_types_pks(queryset.model)
    placeholders = ", ".join(["%s"] * len(content_types))
    tsquery = "plainto_tsquery(%s::regconfig, %s)"
    entry, best = f'"{ENTRY_ALIAS}"', '"portal_search_best"'
    # The same expression as the index of migration portal/0005, so that it is used.
    vector = f'({entry}."title" || {entry}."body")'
    # For pages (most of the index) the content type must not pick its own index either.
    content_type = f'({entry}."content_type_id" + 0)' if broad else f'{entry}."content_type_id"'
    title_rank = f'ts_rank({entry}."title", {tsquery}) * {entry}."title_norm"'
    rank = (
        f'ts_rank({best}."title", {tsquery}) * {best}."title_norm" '
        f'+ ts_rank({best}."body", {tsquery})'
    )
    sql = (
        f'SELECT {best}."object_id" FROM ('
        f'SELECT {entry}."id", {entry}."object_id", {entry}."title", {entry}."body", '
        f'{entry}."title_norm" FROM "{ENTRY_TABLE}" AS {entry} '
        f"WHERE {vector} @@ {tsquery} AND {content_type} IN ({placeholders}) AND {visible} "
        f'ORDER BY {title_rank} DESC, {entry}."id" DESC LIMIT %s) AS {best} '
        f'ORDER BY {rank} DESC, {best}."id" DESC LIMIT %s'
    )
    words = " ".join(terms)
    params = [config, words, *content_types, *visible_params, config, words, 2 * limit]
    params += [config, words, config, words, limit]
    if not broad:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
    # The planner prices `title || body @@ query` as cheap and, for a common word, reads the
    # whole table rather than the GIN index: it does not count unpacking two tsvectors per
    # row, which is most of the cost. Only for this query.
    with transaction.atomic(using=cursor.db.alias):
        cursor.execute("SET LOCAL enable_seqscan = off")
        try:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]
        finally:
            cursor.execute("RESET enable_seqscan")


def ranked_pks(queryset, terms, limit, *, search_queryset=None, broad=False):
    """The primary keys of the objects of `queryset` that contain every one of `terms`
    (words, and CJK pairs from query_terms), best first, at most `limit`. `broad`: the
    queryset's model holds most of the index (pages), which changes the best plan.

    On other backends, `search_queryset` (default: `queryset`) is searched through Wagtail
    and the result narrowed to `queryset`, so filters need no index FilterField there."""
    if not terms:
        return []
    connection = connections[queryset.db]
    vendor = _database_backend(connection.vendor)
    if vendor is not None:
        with connection.cursor() as cursor:
            if vendor == "sqlite":
                object_ids = _ranked_sqlite(cursor, queryset, terms, limit, broad=broad)
            else:
                config = get_search_backend().config or "simple"
                object_ids = _ranked_postgres(cursor, queryset, terms, limit, config, broad=broad)
        pk_field = queryset.model._meta.pk
        return [pk_field.to_python(object_id) for object_id in object_ids]
    query = PlainText(" ".join(terms), operator="and")
    searched = (queryset if search_queryset is None else search_queryset).only("pk")
    ranked = [obj.pk for obj in get_search_backend().search(query, searched)[:limit]]
    if search_queryset is None:
        return ranked
    visible = set(queryset.filter(pk__in=ranked).values_list("pk", flat=True))
    return [pk for pk in ranked if pk in visible]
