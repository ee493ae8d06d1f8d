"""Settings shared by every environment. Everything configurable comes from the environment
with a safe local default; see the table in README.md."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import env_bool, env_int, env_list, env_str
from .search import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

SECRET_KEY = env_str("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # The app order of the README's "Architecture": each app imports only those above it.
    "portal",
    "events",
    "awards",
    "news",
    "comments",
    "live",
    "demo",
    "api",
    "wagtail.api.v2",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "corsheaders",
    # The editors' translation workflow (README, "Languages"); its locales app replaces
    # wagtail.locales in the admin's Settings menu.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CORS headers of the API (settings/api.py), and its answers to preflight requests.
    "corsheaders.middleware.CorsMiddleware",
    "portal.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Brotli or gzip when asked, of the final body (portal/compression.py).
    "portal.compression.CompressionMiddleware",
    # ETags and 304s, above the page cache so that its hits answer 304 too
    # (portal/conditional_get.py).
    "django.middleware.http.ConditionalGetMiddleware",
    "portal.conditional_get.ContentETagMiddleware",
    # Outside sessions and CSRF so that it sees the final response (see portal/page_cache.py).
    "portal.page_cache.AnonymousPageCacheMiddleware",
    # Below the page cache: a stored page keeps the CSP header whose nonce its HTML carries.
    "portal.headers.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the URL alone (/zh-hans/... or English): see portal/i18n.py.
    "portal.i18n.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Bad filter values and impossible page numbers of public listings (portal/filtering.py).
    "portal.middleware.ListingErrorMiddleware",
    "portal.middleware.AdminSecurityMiddleware",
    # Last, as django-axes asks: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it counts failed logins and refuses a locked-out user and address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL, defaulting to a SQLite file in the checkout.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DB_CONN_MAX_AGE", 0),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: one cache shared by every process of the site (the server, the scheduler, every
# worker), so that a change made in one is seen by the others at once. Redis when REDIS_URL
# is set; else Django's database cache, in the site's own database (`make migrate` creates
# its table), which needs no extra service and fails only when the database does. Local
# memory is for the test suite only (settings/test.py).
#   "default": Django's and Wagtail's own use; with Redis, an unreachable server is a miss,
#              never an error (IGNORE_EXCEPTIONS, logged).
#   "shared":  the same store for the page cache and the rate limits, which raises, so they
#              can fail open knowingly (portal/cache_guard.py).
REDIS_URL = env_str("REDIS_URL", "")
if REDIS_URL:
    _redis = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "portal"),
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            # A stopped or unreachable server costs a request at most this long.
            "SOCKET_CONNECT_TIMEOUT": 0.5,
            "SOCKET_TIMEOUT": 0.5,
        },
    }
    CACHES = {
        "default": {**_redis, "OPTIONS": {**_redis["OPTIONS"], "IGNORE_EXCEPTIONS": True}},
        "shared": _redis,
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    _database_cache = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "portal_cache",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 20000)},
    }
    CACHES = {"default": _database_cache, "shared": _database_cache}
PAGE_CACHE_ALIAS = "shared"

# Whole-page cache for anonymous visitors (portal/page_cache.py); 0 turns it off. A page is
# kept no longer than its own max-age says; browsers keep it PAGE_CACHE_BROWSER_SECONDS.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
PAGE_CACHE_BROWSER_SECONDS = env_int("PAGE_CACHE_BROWSER_SECONDS", 60)
# Cookies whose presence means the page may be personal: never served the shared copy.
PAGE_CACHE_BYPASS_COOKIES = ["comments_mine"]
# Seconds a visitor is asked to wait (Retry-After) when the database cannot be reached.
RETRY_AFTER_SECONDS = env_int("RETRY_AFTER_SECONDS", 30)

# The HTTP cache in front (deploy/varnish.vcl), purged by the page cache's tags through
# wagtail.contrib.frontend_cache (portal/frontend_purge.py). VARNISH_URL: its address.
VARNISH_URL = env_str("VARNISH_URL", "")
if VARNISH_URL:
    WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": VARNISH_URL,
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# English at the unprefixed addresses, Simplified Chinese under /zh-hans/ (portal/i18n.py).
LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("zh-hans", _("Simplified Chinese"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Wagtail's page and snippet translations, one locale per language; an editor may also
# choose either language for the admin itself (Account > Preferences).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Named date formats per language (English: 11 November 2023; see portal/formats/).
FORMAT_MODULE_PATH = ["portal.formats"]
USE_TZ = True
# The site's zone; events carry their own zone and are shown in it.
TIME_ZONE = env_str("SITE_TIME_ZONE", "Asia/Shanghai")

# Static files are served by WhiteNoise in every mode (no CDN, no separate server needed).
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]

# Media and documents: storage, serving and the permission check (settings/media.py).
from .media import *  # noqa: E402, F403

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = env_str("SITE_NAME", "Summit Portal")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "portal.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Database full-text search by default; OpenSearch/Elasticsearch when SEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
# No editor's e-mail hash goes to gravatar.com: the admin shows its own default avatar.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Django's own admin is not installed: everything is managed in the Wagtail admin.
LOGIN_URL = "wagtailadmin_login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

from .api import *  # noqa: E402, F403
from .mail import *  # noqa: E402, F403
from .security import *  # noqa: E402, F403
