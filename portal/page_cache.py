"""A whole-response cache for anonymous visitors, shared by every process of the site.

What is stored: GET/HEAD responses to requests without a cookie that personalises a page
(`PAGE_CACHE_BYPASS_COOKIES`: the session, messages, the visitor's pending comments), and
only responses that carry nothing personal: status 200, no Set-Cookie, no
`private`/`no-store`/`no-cache`.

How long: no longer than the response itself allows. A response's `s-maxage` (or else its
`max-age`) caps `PAGE_CACHE_SECONDS`, so a page that knows when it changes (an award edition
under embargo) is dropped at that second here, in the HTTP cache in front (`s-maxage`) and
in browsers (`max-age`, and `Age` on every hit).

Keys: scheme, host, full path with the query string, the language of the path (never the
browser's: portal/i18n.py), and the request headers the response varies on (as Django's own
cache middleware learns them), so a filter or a language never returns another's page.

Validity: each entry records the versions of its tags (portal/cache_tags.py) and is served
only while they are unchanged; portal/invalidation.py replaces the versions of what a change
affects. A cache server that cannot be reached is a miss (portal/cache_guard.py).
"""

import hashlib
import time

from django.conf import settings
from django.utils.cache import get_conditional_response, get_max_age, patch_cache_control
from django.utils.http import http_date

from portal import cache_tags, frontend_purge
from portal.cache_guard import guarded
from portal.i18n import language_of_path, unprefixed_path

# Search results vary without end and feed the popular-searches report: never cached.
# The JSON APIs revalidate by ETag and count every request against their throttle.
SKIPPED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/search/")
HEADER_KEY_PREFIX = "page-cache:vary:"
ENTRY_KEY_PREFIX = "page-cache:entry:"
# `Vary: Cookie` is not part of the key: a request with a cookie that personalises a page
# bypasses the cache (PAGE_CACHE_BYPASS_COOKIES), and no other cookie changes a page.
NEUTRAL_VARY = {"cookie"}


def _url(request):
    return f"{request.scheme}://{request.get_host()}{request.get_full_path()}"


def _digest(*parts):
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _entry_key(request, headers):
    values = [request.META.get("HTTP_" + h.upper().replace("-", "_"), "") for h in headers]
    return ENTRY_KEY_PREFIX + _digest(
        request.method, _url(request), language_of_path(request.path_info), *headers, *values
    )


def _vary_headers(response):
    vary = [h.strip() for h in response.get("Vary", "").split(",") if h.strip()]
    return sorted({h.lower() for h in vary} - NEUTRAL_VARY)


def _shared_max_age(response):
    """The response's own limit for shared caches: s-maxage, else max-age, else None."""
    for part in response.get("Cache-Control", "").split(","):
        name, _sep, value = part.strip().partition("=")
        if name.lower() == "s-maxage" and value.strip().isdigit():
            return int(value)
    return get_max_age(response)


def _conditional(request, response):
    """A stored response with an ETag answers a matching If-None-Match with a 304, as its
    view would have (a poller of live updates asks every few seconds)."""
    etag = response.get("ETag")
    if not etag:
        return response
    return get_conditional_response(request, etag=etag, response=response)


def tag_request(request, page):
    """Record that `page` serves this request (the `before_serve_page` hook), with the
    version of its tag now, before anything is rendered."""
    recorded = getattr(request, "page_cache_tags", None)
    if recorded is None:  # the middleware is not caching this request
        return
    tag = cache_tags.page_tag(page.pk)
    found = cache_tags.versions([tag])
    if found is None:
        request.page_cache_tags = None  # cannot tell when it changes: do not store it
    else:
        recorded.update(found)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not limit or not self._cacheable_request(request):
            return self.get_response(request)
        cache = cache_tags.shared_cache()
        header_key = HEADER_KEY_PREFIX + _digest(_url(request))
        headers = guarded("read", cache.get, header_key)
        if headers is not None:
            cached = guarded("read", cache.get, _entry_key(request, headers))
            if cached is not None and cache_tags.still_valid(cached["tags"]):
                response = cached["response"]
                response["X-Page-Cache"] = "hit"
                response["Age"] = str(max(0, int(time.time() - cached["stored_at"])))
                return _conditional(request, response)

        # Versions read before rendering: a change made meanwhile makes this copy stale.
        before = cache_tags.versions([cache_tags.SITE, cache_tags.NONPAGE])
        request.page_cache_tags = {}
        response = self.get_response(request)
        tags = self._tags(request, before)
        if tags is None or not self._cacheable_response(response):
            return response
        own = _shared_max_age(response)
        timeout = limit if own is None else min(limit, own)
        if timeout <= 0:
            return response
        browser = min(timeout, getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60))
        patch_cache_control(response, public=True, max_age=browser, s_maxage=timeout)
        changed = cache_tags.changed_at(tags)
        if changed is not None and not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date(changed)  # for If-Modified-Since
        headers = _vary_headers(response)
        entry = {"response": response, "tags": tags, "stored_at": time.time()}
        guarded("write", cache.set, header_key, headers, timeout)
        guarded("write", cache.set, _entry_key(request, headers), entry, timeout)
        response["X-Page-Cache"] = "miss"
        if frontend_purge.enabled():
            response[frontend_purge.HEADER] = frontend_purge.header_value(tags)
        return response

    @staticmethod
    def _tags(request, before):
        """{tag: version} of the response: the site's, and the serving pages' (or
        `nonpage`); None when they could not all be read."""
        pages = getattr(request, "page_cache_tags", None)
        if before is None or pages is None:
            return None
        if not pages:
            return before
        return {cache_tags.SITE: before[cache_tags.SITE], **pages}

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if unprefixed_path(request.path_info).startswith(SKIPPED_PREFIXES):
            return False
        bypass = getattr(settings, "PAGE_CACHE_BYPASS_COOKIES", ())
        names = {settings.SESSION_COOKIE_NAME, "messages", *bypass}
        return not names & set(request.COOKIES)

    @staticmethod
    def _cacheable_response(response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-store", "no-cache"))
