"""A rate limiter on the cache every app process shares (Redis, or the database cache): a
counter per visitor that expires `window` seconds after its first hit (incr keeps the
expiry). When the cache cannot be reached the answer is "unknown" (None), and the caller
holds the comment for moderation rather than refusing or losing it."""

import hashlib

from django.conf import settings

from portal.cache_guard import CacheUnavailable, strict
from portal.cache_tags import shared_cache
from portal.headers import client_address

# (requests, seconds) per scope; override with the COMMENTS_RATE_LIMITS setting.
DEFAULT_LIMITS = {"ip": (5, 600), "email": (3, 600)}


def limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "COMMENTS_RATE_LIMITS", {})}


def allow(scope, value):
    """Count one attempt for `value` in `scope`: True, False once the limit is passed, or
    None when the counters cannot be reached."""
    limit, window = limits()[scope]
    digest = hashlib.sha256(str(value).encode()).hexdigest()[:32]
    key = f"comments-rate:{scope}:{digest}"
    cache = shared_cache()
    try:
        if strict("rate limit", cache.add, key, 1, timeout=window):
            return True
        try:
            count = strict("rate limit", cache.incr, key)
        except ValueError:  # expired between add and incr
            strict("rate limit", cache.set, key, 1, timeout=window)
            count = 1
    except CacheUnavailable:
        return None
    return count <= limit


def client_ip(request):
    """The visitor's address, as the login lockouts and search rate limits see it: behind
    TRUSTED_PROXY_COUNT proxies, the address the outermost one saw (portal/headers.py)."""
    return client_address(request)
