"""The site's URLs plus a bare view, for bench/http_article.py only (bench/settings.py)."""

from django.http import HttpResponse
from django.urls import include, path


def bare(request, size):
    """What Django costs without the page: the whole middleware stack, then a body of
    `size` bytes (the article's size), made once per request like a rendered page."""
    return HttpResponse(b"x" * min(size, 10_000_000), content_type="text/html; charset=utf-8")


urlpatterns = [
    path("__bench__/bare/<int:size>/", bare),
    path("", include("portal.urls")),
]
