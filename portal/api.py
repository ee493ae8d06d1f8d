"""What every JSON API of the site shares (awards' recognitions, the api app's pages, images
and documents): one error format, one pagination, one throttle. ETags and 304s come from
the site-wide portal.conditional_get middleware, as for every other response.

- Errors: `{"message": "...", "errors": {"<param>": "..."}}`; a wrong query parameter is a
  400 that names it (`ParamError`), a missing object a 404, too many requests a 429.
- Pagination: `?limit=` (default 20, at most `API_LIMIT_MAX`, 100; more is a 400) and
  `?offset=`, answered as `{"meta": {"total_count": N}, "items": [...]}` (Wagtail's format).
- Throttling: `API_THROTTLE_RATE` requests per client address (portal.headers), counted in
  the default cache, which treats an unreachable server as a miss: no count, no limit.
"""

from django.conf import settings
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.throttling import SimpleRateThrottle
from rest_framework.views import exception_handler as drf_exception_handler

from .headers import client_address

DEFAULT_LIMIT = 20
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def limit_max():
    return getattr(settings, "API_LIMIT_MAX", 100)


class ParamError(Exception):
    """Query parameters the API cannot use: {param: message}, a 400."""

    def __init__(self, errors, message=None):
        self.message = message or _("Invalid query parameters.")
        super().__init__(str(self.message))
        self.errors = dict(errors)


def error_body(message, errors=None):
    return {"message": str(message), "errors": {k: str(v) for k, v in (errors or {}).items()}}


def exception_handler(exc, context):
    """DRF's handler with the site's error format."""
    if isinstance(exc, ParamError):
        return Response(error_body(exc.message, exc.errors), status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        return Response(error_body(_("Not found.")), status=status.HTTP_404_NOT_FOUND)
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(exc, exceptions.APIException):
        detail = response.data.get("detail") if isinstance(response.data, dict) else None
        response.data = error_body(detail or exc.default_detail)
    return response


def _offset_and_limit(query):
    errors = {}
    offset = limit = None
    try:
        offset = int(query.get("offset", 0))
        if offset < 0:
            raise ValueError
    except ValueError:
        errors["offset"] = _("Enter a whole number of 0 or more.")
    try:
        limit = int(query.get("limit", DEFAULT_LIMIT))
        if limit < 1:
            raise ValueError
    except ValueError:
        errors["limit"] = _("Enter a whole number from 1 to %(max)s.") % {"max": limit_max()}
    else:
        if limit > limit_max():
            errors["limit"] = _(
                "At most %(max)s items a page: ask for the next ones with offset."
            ) % {"max": limit_max()}
    if errors:
        raise ParamError(errors)
    return offset, limit


class LimitOffsetPagination:
    """Wagtail's pagination contract with named errors (DRF's pagination interface)."""

    def paginate_queryset(self, queryset, request, view=None):
        offset, limit = _offset_and_limit(request.GET)
        self.total_count = queryset.count()
        if offset >= self.total_count:
            # Past the end: nothing, without sending the database an offset past its
            # integers (PostgreSQL refuses one above 2**63 with a 500).
            return []
        return list(queryset[offset : offset + limit])

    def get_paginated_response(self, data):
        return Response({"meta": {"total_count": self.total_count}, "items": data})

    def get_schema_operation_parameters(self, view):
        return []  # declared by each view's extend_schema (api/schema.py)

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["meta", "items"],
            "properties": {
                "meta": {
                    "type": "object",
                    "required": ["total_count"],
                    "properties": {"total_count": {"type": "integer", "minimum": 0}},
                },
                "items": schema,
            },
        }


def check_known_parameters(query, known):
    unknown = sorted(set(query) - set(known))
    if unknown:
        raise ParamError(dict.fromkeys(unknown, _("Unknown query parameter.")))


class AddressRateThrottle(SimpleRateThrottle):
    """AnonRateThrottle for every visitor, per client address, at API_THROTTLE_RATE."""

    scope = "api"

    def get_rate(self):
        return getattr(settings, "API_THROTTLE_RATE", "300/minute")

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": client_address(request)}


class PublicAPIMixin:
    """Read-only, anonymous, JSON, throttled; errors in the site's format."""

    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []
    throttle_classes = [AddressRateThrottle]
    http_method_names = ["get", "head", "options"]

    def get_exception_handler(self):
        return exception_handler
