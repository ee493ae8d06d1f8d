"""Fail open: a cache that cannot be reached is treated as empty, never as an error.

Every cache call of the page cache and the rate limits goes through `guarded()`. When the
cache server (Redis, or the database for the database cache) fails, the call returns its
fallback and one warning is logged per `WARN_INTERVAL` seconds, however many requests meet
the failure. These calls use the "shared" cache alias, which raises; Wagtail's and Django's
own use of the "default" alias (the same server) is made quiet by django-redis's
`IGNORE_EXCEPTIONS` (settings/base.py).
"""

import logging
import threading
import time

from django.db import DatabaseError
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger("portal.cache")

WARN_INTERVAL = 60  # seconds between two warnings about the same failure

# What a backend raises when its server is away: django-redis wraps redis-py's errors in
# ConnectionInterrupted; the database cache raises the database's.
CACHE_ERRORS = (ConnectionInterrupted, RedisError, OSError, DatabaseError)

_lock = threading.Lock()
_last_warning = {"at": float("-inf")}


def _warn(what, exc):
    now = time.monotonic()
    with _lock:
        if now - _last_warning["at"] < WARN_INTERVAL:
            return
        _last_warning["at"] = now
    logger.warning("Cache unavailable (%s): %s; serving without it.", what, exc)


def guarded(what, call, *args, fallback=None, **kwargs):
    """`call(*args, **kwargs)`, or `fallback` (logged) when the cache cannot be reached."""
    try:
        return call(*args, **kwargs)
    except CACHE_ERRORS as exc:
        _warn(what, exc)
        return fallback


class CacheUnavailable(Exception):
    """Raised by `strict()` so a caller can tell "no answer" from a real answer."""


def strict(what, call, *args, **kwargs):
    """`call(*args, **kwargs)`, or CacheUnavailable (logged) when the cache cannot be
    reached."""
    try:
        return call(*args, **kwargs)
    except CACHE_ERRORS as exc:
        _warn(what, exc)
        raise CacheUnavailable(str(exc)) from exc
