"""The search backend, from the environment.

Without SEARCH_URL: Wagtail's database backend (SQLite FTS5 with English stemming, see
portal/migrations/0002; PostgreSQL full-text search with the "english" configuration).
With SEARCH_URL: OpenSearch or Elasticsearch through Wagtail's backend for it.
"""

from django.core.exceptions import ImproperlyConfigured

SEARCH_ENGINES = {
    "elasticsearch7": "wagtail.search.backends.elasticsearch7",
    "elasticsearch8": "wagtail.search.backends.elasticsearch8",
    "elasticsearch9": "wagtail.search.backends.elasticsearch9",
    "opensearch2": "wagtail.search.backends.opensearch2",
    "opensearch3": "wagtail.search.backends.opensearch3",
}


def search_backends(environ):
    """WAGTAILSEARCH_BACKENDS for the given environment mapping."""
    url = environ.get("SEARCH_URL", "").strip()
    if not url:
        return {
            "default": {
                "BACKEND": "wagtail.search.backends.database",
                # Used on PostgreSQL (stemming, English stop words); ignored on SQLite.
                "SEARCH_CONFIG": environ.get("SEARCH_CONFIG", "english") or "english",
            }
        }
    engine = environ.get("SEARCH_ENGINE", "opensearch2").strip() or "opensearch2"
    if engine not in SEARCH_ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE must be one of {', '.join(SEARCH_ENGINES)}, got {engine!r}"
        )
    try:
        timeout = int(environ.get("SEARCH_TIMEOUT", "5"))
    except ValueError as exc:
        raise ImproperlyConfigured("SEARCH_TIMEOUT must be a number of seconds") from exc
    return {
        "default": {
            "BACKEND": SEARCH_ENGINES[engine],
            "URLS": [item.strip() for item in url.split(",") if item.strip()],
            "INDEX": environ.get("SEARCH_INDEX", "portal").strip() or "portal",
            "TIMEOUT": timeout,
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }
