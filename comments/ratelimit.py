"""A rate limiter on the cache every app process shares (Redis, or the database cache): a
counter per visitor that expires `window` seconds after its first hit (incr keeps the
expiry). When the cache cannot be reached the answer is "unknown" (None), and the caller
holds the comment for moderation rather than refusing or losing it."""

import hashlib
import os

from django.conf import settings

from portal.cache_guard import CacheUnavailable, strict
from portal.cache_tags import shared_cache

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
    """The visitor's address. Behind N trusted proxies (COMMENTS_PROXY_COUNT, e.g. 1 for the
    nginx of deploy/), the Nth address from the right of X-Forwarded-For."""
    proxies = int(
        getattr(settings, "COMMENTS_PROXY_COUNT", os.environ.get("COMMENTS_PROXY_COUNT", 0))
    )
    if proxies:
        chain = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        chain = [part for part in chain if part]
        if len(chain) >= proxies:
            return chain[-proxies]
    return request.META.get("REMOTE_ADDR") or None
