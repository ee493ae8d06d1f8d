"""The JSON APIs (portal/api.py, the api app, awards/api.py): limits, throttling, CORS and
the OpenAPI schema. Imported at the end of base.py; figures from the environment."""

from .env import env_list, env_str

# Items a page of any API listing (?limit=); more is a 400 that says so.
API_LIMIT_MAX = 100
WAGTAILAPI_LIMIT_MAX = API_LIMIT_MAX
WAGTAILAPI_SEARCH_ENABLED = True
# Requests per client address (portal.headers.client_address), e.g. 300/minute, 20/second.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "300/minute")

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

# The OpenAPI schema (/api/v2/schema/) and its docs, with Swagger UI and Redoc served from
# the site's own static files (drf-spectacular-sidecar): no CDN.
SPECTACULAR_SETTINGS = {
    "TITLE": "Summit Portal API",
    "DESCRIPTION": (
        "Read-only JSON of the portal's public content: pages (articles, summit editions, "
        "sub-forums and events, award programmes and editions), images, documents and award "
        'recognitions. Errors: {"message", "errors": {parameter: message}}.'
    ),
    "VERSION": "2",
    "OAS_VERSION": "3.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "PREPROCESSING_HOOKS": ["api.schema.only_the_api"],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# CORS (django-cors-headers): browsers on these origins may read the API, nothing else of
# the site, and only with safe methods; no cookies go with their requests.
CORS_ALLOWED_ORIGINS = env_list("API_CORS_ORIGINS", [])
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "accept-language", "if-none-match"]
CORS_EXPOSE_HEADERS = ["ETag", "Retry-After"]
CORS_ALLOW_CREDENTIALS = False
