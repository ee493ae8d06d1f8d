"""Tags: what a cached response depends on, each with a version that a change replaces.

A cached response records the versions of its tags at the moment it was rendered. It is
served only while every one of them is unchanged, so invalidating a tag (one cache write)
drops every response that depends on it, in every process that shares the cache.

- `page:<id>`: the response was served by that page (its template or one of its routes:
  the news index's tag, archive and feed routes are the news index's);
- `nonpage`: no page served it (sitemaps, robots.txt, JSON endpoints);
- `site`: every response; replaced only for site-wide changes (settings, tags).

A version starts with the second it was given, so the newest of a response's versions is
when what it shows last changed (`changed_at`, its Last-Modified).
"""

import time
import uuid

from django.conf import settings
from django.core.cache import caches

from portal.cache_guard import guarded

SITE = "site"
NONPAGE = "nonpage"
KEY_PREFIX = "page-cache:tag:"


def shared_cache():
    """The cache that every process shares and that raises when its server is away."""
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def page_tag(page_id):
    return f"page:{page_id}"


def _key(tag):
    return KEY_PREFIX + tag


def _new_version():
    return f"{int(time.time())}.{uuid.uuid4().hex[:12]}"


def changed_at(recorded):
    """When the newest of the versions of `recorded` ({tag: version}) was given, as a Unix
    time; None when one of them does not say (a version from before dates were kept)."""
    stamps = [version.partition(".")[0] for version in recorded.values()]
    if not stamps or not all(stamp.isdigit() for stamp in stamps):
        return None
    return max(int(stamp) for stamp in stamps)


def versions(tags):
    """{tag: version} of `tags`, giving a version to any that has none; None when the
    cache cannot be reached."""
    cache = shared_cache()
    keys = {_key(tag): tag for tag in tags}
    found = guarded("read tags", cache.get_many, list(keys))
    if found is None:
        return None
    result = {keys[key]: value for key, value in found.items()}
    for tag in set(tags) - set(result):
        version = _new_version()
        # add(): another process may have just given it a version; use theirs then.
        if guarded("add tag", cache.add, _key(tag), version, timeout=None):
            result[tag] = version
        else:
            stored = guarded("read tag", cache.get, _key(tag))
            if stored is None:
                return None
            result[tag] = stored
    return result


def still_valid(recorded):
    """True when every tag of `recorded` ({tag: version}) still has that version."""
    cache = shared_cache()
    keys = [_key(tag) for tag in recorded]
    found = guarded("read tags", cache.get_many, keys)
    if found is None:
        return False
    return all(found.get(_key(tag)) == version for tag, version in recorded.items())


def invalidate(tags):
    """Give every tag a new version: the responses that depend on one are dropped."""
    tags = set(tags)
    if not tags:
        return
    cache = shared_cache()
    guarded("invalidate", cache.set_many, {_key(tag): _new_version() for tag in tags}, timeout=None)
