"""What is the same for every visitor (site settings, the main menu), computed once per
change instead of on every request.

A value is kept in the shared cache under the versions of the tags it depends on
(portal/cache_tags.py), the tags a change replaces through portal/invalidation.py: a
setting saved replaces `site`; a page published, moved or deleted replaces its own and its
ancestors' page tags. The next request after a change computes the value again. When the
cache cannot be reached the value is computed as before.

On the database cache (no REDIS_URL) a cache read is itself a query, so there the saving is
in the work, not in the number of queries."""

import hashlib

from portal import cache_tags
from portal.cache_guard import guarded

KEY_PREFIX = "per-change:"
TIMEOUT = 7 * 86400  # a version that changed is never read again; let it expire


def _key(name, recorded):
    versions = ":".join(f"{tag}={recorded[tag]}" for tag in sorted(recorded))
    digest = hashlib.sha1(versions.encode(), usedforsecurity=False).hexdigest()
    return f"{KEY_PREFIX}{name}:{digest}"


def cached(name, tags, compute):
    """compute(), kept while every tag of `tags` keeps its version."""
    recorded = cache_tags.versions(list(tags))
    if recorded is None:
        return compute()
    cache = cache_tags.shared_cache()
    key = _key(name, recorded)
    found = guarded("read per-change value", cache.get, key)
    if found is not None:
        return found[0]
    value = compute()
    guarded("store per-change value", cache.set, key, (value,), timeout=TIMEOUT)
    return value


def without_prefetched_renditions(*images):
    """Drop the renditions prefetched with `images` before they are kept: Wagtail trusts a
    prefetched list to hold every rendition there is, so one made after the value was
    cached would be looked up in the database on every request. Uncached, renditions come
    from Wagtail's renditions cache."""
    for image in images:
        if image is None:
            continue
        getattr(image, "_prefetched_objects_cache", {}).pop("renditions", None)
        image.__dict__.pop("prefetched_renditions", None)


class PerChangeSiteSetting:
    """Mixin for a BaseSiteSetting: `for_site` (and so `for_request` and the `settings`
    context processor) reads the setting from the shared cache until the next change."""

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        return cached(
            f"{cls._meta.label_lower}:{site.pk}",
            [cache_tags.SITE],
            lambda: super(PerChangeSiteSetting, cls).for_site(site),
        )
