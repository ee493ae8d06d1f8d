"""Fast, deterministic settings for the test suite. DATABASE_URL and REDIS_URL still apply,
so CI runs the same suite on PostgreSQL and Redis."""

from .base import *  # noqa: F403
from .base import BASE_DIR, REDIS_URL

DEBUG = False
SECRET_KEY = "test-only-secret-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"  # one folder per worker: tests/conftest.py
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Off by default so query-count tests measure real work; tests of the cache turn it on.
PAGE_CACHE_SECONDS = 0
# Wagtail's editor autosaves every 500 ms. Against the single-threaded test server an
# autosave still running when a journey clicks Publish races it (the add form then posts
# without the page it has just created: "title required", or a duplicate path). The
# journeys test saving and publishing, so they do it themselves.
WAGTAIL_AUTOSAVE_INTERVAL = 0
if REDIS_URL:
    # Each test run gets its own prefix, so parallel runs on one Redis never share keys.
    import os

    for _alias in CACHES.values():  # noqa: F405
        _alias["KEY_PREFIX"] = f"portal-test-{os.getpid()}"
else:
    # One local-memory store behind both aliases (the same LOCATION shares it).
    _locmem = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
    CACHES = {"default": _locmem, "shared": _locmem}
