import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    searches = [f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES[1:]]
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", *searches, ""]
    # The index lists every section (portal/sitemaps.py).
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"meta_title": _("Page not found")}, status=404)


def permission_denied(request, exception=None):
    return render(request, "403.html", {"meta_title": _("Permission denied")}, status=403)


def server_error(request):
    """A 500, or a 503 with Retry-After when the database cannot be reached (the error being
    handled is the current exception). Rendered without context processors: the database
    may be what failed."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return database_unavailable(request)
    return HttpResponse(loader.get_template("500.html").render(), status=500)


def database_unavailable(request):
    retry_after = settings.RETRY_AFTER_SECONDS
    context = {"retry_after": retry_after, "retry_url": escape_uri_path(request.path)}
    response = HttpResponse(loader.get_template("503.html").render(context), status=503)
    response["Retry-After"] = str(retry_after)
    add_never_cache_headers(response)
    return response
