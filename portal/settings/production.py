"""Production settings: secure by default, configured only from the environment.
Passes `manage.py check --deploy` with no warnings (tests/portal/test_settings.py)."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import SECRET_KEY
from .env import env_bool, env_int, env_list, env_str

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith(("dev-only", "django-insecure")) or len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "Set SECRET_KEY to a random value of at least 50 characters for production."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) for production.")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# SECURE_COOKIES=false only to try the stack over plain HTTP (`make prod-local`).
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
X_FRAME_OPTIONS = "DENY"
DB_CONN_MAX_AGE = env_int("DB_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_MAX_AGE"] = DB_CONN_MAX_AGE  # noqa: F405

# INFO unless LOG_LEVEL says otherwise (the base default, WARNING, suits development).
LOGGING["root"]["level"] = env_str("LOG_LEVEL").strip().upper() or "INFO"  # noqa: F405


# Error tracking, only when SENTRY_DSN is set: uncaught exceptions and ERROR log records
# (the scheduler's failed runs too) go to Sentry, without cookies, users or IP addresses.
SENTRY_DSN = env_str("SENTRY_DSN").strip()
if SENTRY_DSN:
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    try:
        _traces_sample_rate = float(env_str("SENTRY_TRACES_SAMPLE_RATE").strip() or 0)
    except ValueError as exc:
        raise ImproperlyConfigured(
            "SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1"
        ) from exc
    if not 0 <= _traces_sample_rate <= 1:
        raise ImproperlyConfigured("SENTRY_TRACES_SAMPLE_RATE must be a number from 0 to 1")
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        integrations=[DjangoIntegration()],
        traces_sample_rate=_traces_sample_rate,
        environment=env_str("SENTRY_ENVIRONMENT").strip() or "production",
        release=env_str("SENTRY_RELEASE").strip() or None,
        send_default_pii=False,
    )
