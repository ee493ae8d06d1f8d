"""The site's URLs plus a bare view, for bench/http_article.py only (bench/settings.py)."""

from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as site_urlpatterns


def bare(request, size):
    """What Django costs without the page: the whole middleware stack, then a body of
    `size` bytes (the article's size), made once per request like a rendered page."""
    return HttpResponse(b"x" * min(size, 10_000_000), content_type="text/html; charset=utf-8")


# The site's patterns themselves, not include(): Django refuses i18n_patterns (the /zh-hans/
# routes) in an included URLconf.
urlpatterns = [path("__bench__/bare/<int:size>/", bare), *site_urlpatterns]
