"""Security headers of every response, and the visitor's address behind trusted proxies.

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with the admin's own policy
  (`ADMIN_CONTENT_SECURITY_POLICY`) for paths under its URL_PREFIXES and for Wagtail's
  previews. It sits below the
  page cache (settings/base.py), so a stored page keeps the header with the nonce its HTML
  carries, and a hit replays both together.
- `PermissionsPolicyMiddleware`: the `PERMISSIONS_POLICY` header on every response.
- `client_address()`: the address counted by the login lockouts and the rate limits.
"""

import ipaddress

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None) or {}
        prefixes = tuple(admin.get("URL_PREFIXES", ()))
        # Wagtail renders previews and "view draft" through a dummy request to the page's own
        # path, inside the admin's request: they are shown in the admin (in an iframe).
        in_admin = getattr(request, "is_dummy", False) or (
            prefixes and request.path_info.startswith(prefixes)
        )
        if parts.config is None and in_admin:
            mode = "_REPORT_ONLY" if report_only else ""
            if getattr(settings, f"CONTENT_SECURITY_POLICY{mode}", None):  # the public's mode
                config = default_config(admin["DIRECTIVES"])
                return PolicyParts(config, parts.update, parts.replace, parts.nonce)
        return parts


def permissions_policy_header(policy):
    """`{"camera": [], "fullscreen": ["self"]}` -> `camera=(), fullscreen=(self)`."""
    return ", ".join(
        f"{feature}=({' '.join(allowed)})" for feature, allowed in sorted(policy.items())
    )


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy_header(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request):
        response = self.get_response(request)
        if self.value and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.value
        return response


def _valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_address(request):
    """The visitor's address. Behind N trusted proxies (TRUSTED_PROXY_COUNT, 1 behind the
    nginx of deploy/) it is the Nth address from the right of X-Forwarded-For, the one the
    outermost trusted proxy saw; whatever the visitor wrote further left is ignored. With
    no proxy (0), or a chain shorter than N, REMOTE_ADDR."""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies > 0:
        chain = [p for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if p.strip()]
        if len(chain) >= proxies:
            found = _valid_ip(chain[-proxies])
            if found:
                return found
    return _valid_ip(request.META.get("REMOTE_ADDR", "")) or None


def ratelimit_key(_group, request):
    """django-ratelimit's key: the client address (`client_address`)."""
    return client_address(request) or "unknown"
