"""What the coverage page's routes render: the page's context and the updates endpoint that
visitors' pages poll (static/live/live.js).

The endpoint answers JSON with a strong ETag (the stream's fingerprint, one query) and
`Cache-Control: public, max-age=5`: a poller that sends `If-None-Match` gets a 304 without
any rendering, and the page cache and Varnish in front keep the answer five seconds at most.
A posted, corrected or deleted update drops both copies at once: the update's save is a
change of the page (portal/invalidation.py, through the `portal_cache_dependencies` hook)."""

from django.conf import settings
from django.http import JsonResponse
from django.template.loader import render_to_string
from django.utils.cache import get_conditional_response, patch_cache_control, quote_etag
from django.utils.translation import gettext as _

from . import queries

ENDPOINT_MAX_AGE = 5


def poll_seconds():
    return getattr(settings, "LIVE_POLL_SECONDS", 10)


def page_context(page, request):
    updates = page.get_updates()
    return {
        "updates": updates,
        "key_updates": [u for u in updates if u.is_key],
        "zone_name": str(page.get_time_zone()),
        "stream_version": queries.stream_version(page),
        "poll_seconds": poll_seconds(),
    }


def _update_html(update, zone_name, request):
    return render_to_string(
        "live/includes/update.html", {"update": update, "zone_name": zone_name}, request=request
    )


def _cache_headers(response, etag):
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=ENDPOINT_MAX_AGE)
    return response


def updates_endpoint(page, request):
    etag = quote_etag(queries.stream_version(page))
    not_modified = get_conditional_response(request, etag=etag)
    if not_modified is not None:
        return _cache_headers(not_modified, etag)
    zone_name = str(page.get_time_zone())
    updates = page.get_updates()
    response = JsonResponse(
        {
            "status": page.status,
            "status_label": page.get_status_display(),
            "archive_note": _("Coverage has ended.") if page.is_archive else "",
            "updates": [
                {
                    "id": update.pk,
                    "version": update.updated_at.isoformat(),
                    "is_key": update.is_key,
                    "html": _update_html(update, zone_name, request),
                }
                for update in updates
            ],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    return _cache_headers(response, etag)
