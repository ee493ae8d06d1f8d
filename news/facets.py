"""The filter form's facets of a news index (tags with their counts, sources, channels and
months), computed once per change instead of on every request.

They are aggregated over the whole archive, so they are kept in the shared cache under the
versions of the index's page tag and of `site` (portal/cache_tags.py): publishing,
unpublishing, moving or deleting an article under the index, or editing a tag, source or
channel that one shows, gives a new version (portal/invalidation.py), and the next request
computes them again. When the cache cannot be reached they are computed as before."""

import hashlib

from django.utils import timezone

from portal import cache_tags
from portal.cache_guard import guarded

from .queries import listing_facets

KEY_PREFIX = "news-facets:"
TIMEOUT = 7 * 86400  # a version that changed is never read again; let it expire


def computed_facets(articles):
    """The facets of `articles` as plain values that the cache can keep (four queries)."""
    facets = listing_facets(articles)
    return {
        "tags": [
            {"slug": tag.slug, "name": tag.name, "article_count": tag.article_count}
            for tag in facets["tags"]
        ],
        "sources": [{"slug": s.slug, "name": s.name} for s in facets["sources"]],
        "channels": [{"slug": c.slug, "name": c.name} for c in facets["channels"]],
        "months": list(facets["months"]),
    }


def _key(index, recorded):
    # The months are truncated in the current time zone: it is part of what was computed.
    versions = ":".join(recorded[tag] for tag in sorted(recorded))
    digest = hashlib.sha1(versions.encode(), usedforsecurity=False).hexdigest()
    return f"{KEY_PREFIX}{index.pk}:{timezone.get_current_timezone_name()}:{digest}"


def index_facets(index):
    """The facets of the index's articles, from the shared cache while nothing changed."""
    recorded = cache_tags.versions([cache_tags.page_tag(index.pk), cache_tags.SITE])
    if recorded is None:
        return computed_facets(index.articles())
    cache = cache_tags.shared_cache()
    key = _key(index, recorded)
    facets = guarded("read news facets", cache.get, key)
    if facets is None:
        facets = computed_facets(index.articles())
        guarded("store news facets", cache.set, key, facets, timeout=TIMEOUT)
    return facets
