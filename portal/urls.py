from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import login, media_serving, sitemaps, views
from portal.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name=sitemaps.SECTION_URL_NAME),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("login/", login.LoginView.as_view(), name="login"),
    path("logout/", login.LogoutView.as_view(), name="logout"),
]

# Media in every mode, nginx or not: public renditions only (original images and documents
# never; documents go through /documents/, see portal/media_serving.py).
urlpatterns += [
    path("private-images/<path:name>", media_serving.private_rendition, name="private_rendition"),
]
if settings.MEDIA_SERVE_RENDITIONS and settings.MEDIA_URL.startswith("/"):
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/images/<path:path>",
            media_serving.public_rendition,
            name="public_rendition",
        )
    ]

# Domain apps' own URLs (feeds, calendars, APIs) are added here, before Wagtail's catch-all.
urlpatterns += [
    path("", include("awards.urls")),
    # After every app's API route: it answers any other /api/ address with a JSON 404.
    path("", include("api.urls")),
    path("comments/", include("comments.urls")),
    path("", include("news.urls")),
]

# What a visitor reads, once per language: English at today's addresses, Chinese under
# /zh-hans/ (pages with their feeds and archive routes, calendars, search). See portal/i18n.py.
urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler403 = "portal.views.permission_denied"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
