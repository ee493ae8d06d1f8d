"""Security headers, login throttling and rate limits (imported at the end of base.py).

- Content-Security-Policy (django-csp 4): a strict, nonce-based policy on public pages and a
  looser one the Wagtail admin works with (portal/headers.py); CSP_REPORT_ONLY=true sends
  it as Content-Security-Policy-Report-Only. Permissions-Policy on every response.
- Login throttling (django-axes) on the admin login and the site's own /login/.
- Rate limits of search and autocomplete (django-ratelimit) per client address.
Every figure comes from the environment; see the README's "Security" section.
"""

from datetime import timedelta
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

from . import media
from .env import env_bool, env_int, env_list, env_str


def _origin(url):
    """scheme://host[:port] of an absolute URL, or None for a relative one."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# --- Content-Security-Policy -------------------------------------------------------------

# Where images, documents and video may come from besides the site itself: object storage
# (settings/media.py: its endpoint, the renditions' custom domain, an absolute MEDIA_URL)
# and CSP_MEDIA_HOSTS.
_media_hosts = [_origin(media.MEDIA_URL)]
if media.AWS_STORAGE_BUCKET_NAME:
    _media_hosts += [
        _origin(media.AWS_S3_ENDPOINT_URL or ""),
        f"https://{media.RENDITIONS_CUSTOM_DOMAIN}" if media.RENDITIONS_CUSTOM_DOMAIN else None,
    ]
    if not any(_media_hosts):
        _media_hosts.append("https://*.amazonaws.com")
_media_hosts = [h for h in _media_hosts if h] + env_list("CSP_MEDIA_HOSTS", [])
# Hosts of the video players that the body's embed block may show in an iframe.
_frame_hosts = env_list(
    "CSP_FRAME_HOSTS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
_report_uri = env_str("CSP_REPORT_URI", "")

_common = {
    "default-src": [SELF],
    "img-src": [SELF, "data:", *_media_hosts],
    "media-src": [SELF, *_media_hosts],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *_frame_hosts],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
}
if _report_uri:
    _common["report-uri"] = [_report_uri]

# Public pages: scripts only from the site or with this response's nonce; no inline style.
_public = {
    **_common,
    "script-src": [SELF, NONCE],
    "style-src": [SELF],
    "frame-ancestors": [NONE],
}
# The Wagtail admin (and the previews it shows in an iframe of its own) writes inline
# scripts and style attributes that carry no nonce (wagtail/wagtail#1288), so it gets
# 'unsafe-inline' for both, blob: images (upload previews) and framing by itself only.
_admin = {
    **_common,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [*_common["img-src"], "blob:"],
    "frame-ancestors": [SELF],
}
# The admin's policy, for paths under URL_PREFIXES (portal.headers), in the same mode.
ADMIN_CONTENT_SECURITY_POLICY = {"URL_PREFIXES": ["/admin/"], "DIRECTIVES": _admin}
# CSP_REPORT_ONLY=true: browsers report violations (to CSP_REPORT_URI) but block nothing.
if env_bool("CSP_REPORT_ONLY", False):
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": _public}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": _public}
    CONTENT_SECURITY_POLICY_REPORT_ONLY = None

# Browser features no page of the site uses, refused to the page and to every frame in it
# (portal.headers.PermissionsPolicyMiddleware). An empty list is "()": nobody.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# --- Login throttling (django-axes) --------------------------------------------------------

# Trusted reverse proxies in front of the app (1 behind the nginx of deploy/). With 0,
# X-Forwarded-For is whatever the visitor sent, so only REMOTE_ADDR counts.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
AXES_ENABLED = True
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# One address function for the lockouts and the rate limits (portal/headers.py): the
# address the outermost trusted proxy saw. Not django-ipware's proxy count, which expects
# the proxy's own address in X-Forwarded-For and finds no client behind one nginx.
AXES_CLIENT_IP_CALLABLE = "portal.headers.client_address"
AXES_LOCKOUT_CALLABLE = "portal.login.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429

# The site's own login (/login/): for pages with a "login required" privacy setting.
WAGTAIL_FRONTEND_LOGIN_URL = "/login/"
LOGIN_REDIRECT_URL = "/"

# --- Rate limits (django-ratelimit) --------------------------------------------------------

SEARCH_RATE = env_str("SEARCH_RATE", "30/m")
AUTOCOMPLETE_RATE = env_str("AUTOCOMPLETE_RATE", "120/m")
# The cache every process shares, which raises when it is away; the views catch that and
# let the request through (portal/cache_guard.py), and a count that cannot be read is no
# limit either.
RATELIMIT_USE_CACHE = "shared"
RATELIMIT_FAIL_OPEN = True
# django-ratelimit refuses the database cache (its increments are not atomic: two requests
# at the same instant may count as one, which a limit of tens a minute can live with) and
# warns about anything but Memcached and Redis. With REDIS_URL the check passes by itself.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
