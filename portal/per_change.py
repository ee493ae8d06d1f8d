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

from django.utils import timezone
from django.utils.translation import get_language

from portal import cache_tags
from portal.cache_guard import guarded

KEY_PREFIX = "per-change:"
TIMEOUT = 7 * 86400  # a version that changed is never read again; let it expire


def _key(name, recorded):
    versions = ":".join(f"{tag}={recorded[tag]}" for tag in sorted(recorded))
    digest = hashlib.sha1(versions.encode(), usedforsecurity=False).hexdigest()
    return f"{KEY_PREFIX}{name}:{digest}"


def cached(name, tags, compute, timeout=None, fresh=None):
    """compute(), kept while every tag of `tags` keeps its version, at most `timeout`
    seconds (what depends on the time: an embargo's end) and while `fresh(value)`."""
    recorded = cache_tags.versions(list(tags))
    if recorded is None:
        return compute()
    cache = cache_tags.shared_cache()
    key = _key(name, recorded)
    found = guarded("read per-change value", cache.get, key)
    if found is not None and (fresh is None or fresh(found[0])):
        return found[0]
    value = compute()
    timeout = TIMEOUT if timeout is None else min(TIMEOUT, max(1, int(timeout)))
    guarded("store per-change value", cache.set, key, (value,), timeout=timeout)
    return value


def for_page(page, request, name, compute, also=(), timeout=None):
    """compute() of what `page` shows beside its own fields, kept until the site, the page
    or a page of `also` (ids) changes. A page changes when it, one of its descendants or a
    page that references it is published, unpublished, moved or deleted, or when an object
    it references is edited (portal/invalidation.py). Previews compute the draft's own."""
    if getattr(request, "is_preview", False) or not page.live or page.pk is None:
        return compute()
    watched = [cache_tags.SITE, cache_tags.page_tag(page.pk)]
    watched += [cache_tags.page_tag(pk) for pk in also]
    return cached(f"{name}:{page.pk}:{get_language()}", watched, compute, timeout=timeout)


def for_page_until(page, request, name, compute, until):
    """for_page(), and stale from `until` (an aware datetime, an embargo's end; None for
    never) by the clock of the process that reads it, not only by the entry's expiry."""
    timeout = None if until is None else (until - timezone.now()).total_seconds()
    kept = for_page(
        page,
        request,
        f"until:{name}",
        lambda: (until, compute()),
        timeout=timeout,
    )
    if kept[0] is not None and kept[0] <= timezone.now():
        return compute()  # kept past its time (a clock ahead of the cache's): not shown
    return kept[1]


def set_related(obj, kept, *names):
    """Put the related objects of `kept` ({field name: object}) on `obj` in place of a
    query each, where they are still the ones its foreign keys point at."""
    for name in names:
        related = kept.get(name)
        if related is not None and related.pk == getattr(obj, f"{name}_id"):
            setattr(obj, name, related)


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
