"""Settings of the HTTP benchmarks (http_article.py, live_polling.py): production's, with
a bench-only URLconf (bench/urls.py) and the request counter of bench/counting.py first in
the middleware. Never the site's: nothing outside bench/ names this module.

Static files: the plain storage, as a throw-away run collects none (production's manifest
storage needs `collectstatic`); a `{% static %}` tag then costs no manifest lookup."""

from portal.settings.production import *  # noqa: F403
from portal.settings.production import MIDDLEWARE, STORAGES

ROOT_URLCONF = "bench.urls"
MIDDLEWARE = ["bench.counting.RequestCounter", *MIDDLEWARE]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
