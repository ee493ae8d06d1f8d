"""A whole-response cache for anonymous visitors, shared by every app process.

Only GET/HEAD requests without a session cookie are served from or stored in the cache,
and only responses that carry nothing personal: status 200, no Set-Cookie (so never a CSRF
token), no `private`/`no-store`. The key includes host, path and the full query string, so
a filter parameter never returns another filter's page.

Invalidation is by generation: any change that can alter a public page (publish, unpublish,
move, delete, a snippet, image, document or setting saved) bumps one counter in the cache,
and every key is built from it. That includes the dependants of a change (the parent index,
the home page, feeds, tag pages) without having to know them. With Redis, a publish on one
app server is seen by the others at once.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.utils.cache import patch_cache_control

GENERATION_KEY = "page-cache:generation"
# Search results vary without end and feed the popular-searches report: never cached.
SKIPPED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/search/")


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def invalidate_page_cache(**_kwargs):
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # the counter expired or was never set
        cache.set(GENERATION_KEY, 2, timeout=None)


def _cache_key(request, generation):
    raw = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(raw.encode()).hexdigest()
    return f"page-cache:{generation}:{request.method == 'HEAD'}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timeout = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if not timeout or not self._cacheable_request(request):
            return self.get_response(request)
        key = _cache_key(request, current_generation())
        cached = cache.get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        if self._cacheable_response(response):
            patch_cache_control(
                response, public=True, max_age=getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)
            )
            cache.set(key, response, timeout)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _cacheable_request(request):
        if request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith(SKIPPED_PREFIXES):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies

    @staticmethod
    def _cacheable_response(response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        cache_control = response.get("Cache-Control", "")
        return not any(word in cache_control for word in ("private", "no-store", "no-cache"))
