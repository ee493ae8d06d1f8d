"""ETags and Last-Modified, so that a revisit costs a 304 rather than the page.

- `ContentETagMiddleware` gives every GET and HEAD response with a body an ETag of that
  body, with the CSP nonce blanked: each render carries a fresh nonce (portal/headers.py),
  so a hash of the raw bytes would never match twice. Two bodies that differ only by their
  nonce are the same page, hence a weak ETag (it also survives compression unchanged,
  portal/compression.py). A 304 carries no Content-Security-Policy (Django's 304 keeps only
  the validators and caching headers), so the browser keeps the policy that goes with the
  nonce of the copy it holds.
- Django's `ConditionalGetMiddleware`, just above it and above the page cache
  (settings/base.py), answers If-None-Match / If-Modified-Since on GET, cached pages
  included. It leaves HEAD alone, so this middleware answers HEAD itself, the same way.
- Last-Modified comes from the views that know it (feeds and sitemaps: their newest item)
  and, for pages held by the page cache, from the dates of their cache tags
  (`cache_tags.changed_at`): when what the page shows last changed.
"""

import hashlib
import re

from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe

NONCE_ATTRIBUTE = re.compile(rb'(\snonce=)"[^"]*"')


def content_etag(content):
    digest = hashlib.sha256(NONCE_ATTRIBUTE.sub(rb'\1""', content)).hexdigest()[:32]
    return f'W/"{digest}"'


def _needs_etag(request, response):
    if request.method not in ("GET", "HEAD") or response.streaming:
        return False
    if response.has_header("ETag"):
        return False
    return "no-store" not in response.get("Cache-Control", "")


class ContentETagMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not _needs_etag(request, response):
            return response
        response["ETag"] = content_etag(response.content)
        if request.method == "HEAD":
            last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
            return get_conditional_response(
                request, etag=response["ETag"], last_modified=last_modified, response=response
            )
        return response
