"""Let Wagtail serve the pages' calendar.ics routes.

Wagtail's catch-all pattern only matches paths ending in a slash, so /summits/2023/calendar.ics
would never reach the page. This pattern hands such paths to Wagtail's own serve view, which
routes them to the page's RoutablePageMixin `calendar` route, with the usual privacy and
serve hooks."""

from django.urls import re_path
from wagtail import views as wagtail_views

urlpatterns = [
    re_path(
        r"^((?:[\w\-]+/)+calendar\.ics)$",
        wagtail_views.serve,
        name="events_calendar",
    ),
]
