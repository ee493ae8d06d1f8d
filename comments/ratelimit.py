"""A rate limiter on Django's cache (Redis when REDIS_URL is set, so every app process
shares the counters): a counter per visitor that expires `window` seconds after its first
hit (incr keeps the expiry, in Redis and in the local-memory cache)."""

import hashlib
import os

from django.conf import settings
from django.core.cache import cache

# (requests, seconds) per scope; override with the COMMENTS_RATE_LIMITS setting.
DEFAULT_LIMITS = {"ip": (5, 600), "email": (3, 600)}


def limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "COMMENTS_RATE_LIMITS", {})}


def allow(scope, value):
    """Count one attempt for `value` in `scope`; False once the limit is passed."""
    limit, window = limits()[scope]
    digest = hashlib.sha256(str(value).encode()).hexdigest()[:32]
    key = f"comments-rate:{scope}:{digest}"
    if cache.add(key, 1, timeout=window):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
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
