"""Emptying a cache in a test without touching anyone else's keys."""


def empty(cache):
    """Remove this run's keys from `cache`: on Redis only those under the run's KEY_PREFIX
    (settings/test.py), never FLUSHDB, which would empty the machine's server for the other
    worker and every other user of it; elsewhere the whole (local) cache."""
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()
