from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from portal.extension_points import sitemap_url_names


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /search/", ""]
    lines += [
        f"Sitemap: {request.build_absolute_uri(reverse(name))}" for name in sitemap_url_names()
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", {"meta_title": _("Page not found")}, status=404)


def server_error(request):
    # Rendered without context processors: the database may be what failed.
    return HttpResponse(loader.get_template("500.html").render(), status=500)
