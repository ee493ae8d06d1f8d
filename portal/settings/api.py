"""The JSON APIs (portal/api.py, the api app, awards/api.py): limits, throttling, CORS and
the OpenAPI schema. Imported at the end of base.py; figures from the environment."""

from .env import env_str

# Items a page of any API listing (?limit=); more is a 400 that says so.
API_LIMIT_MAX = 100
WAGTAILAPI_LIMIT_MAX = API_LIMIT_MAX
WAGTAILAPI_SEARCH_ENABLED = True
# Requests per client address (portal.headers.client_address), e.g. 300/minute, 20/second.
API_THROTTLE_RATE = env_str("API_THROTTLE_RATE", "300/minute")

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "UNAUTHENTICATED_USER": None,
}
