"""The site's absolute URLs to itself, on the host and port the visitor asked for.

A Wagtail `Site` names one hostname and port, but the same site answers on whatever address
it is served (`PORT=18751 make run`, `localhost` or `127.0.0.1`, a proxy's port). Self links
built from the Site (canonical, og:url, sitemaps, feeds, calendars, JSON-LD, moderator
emails) would then name an address that may not answer. So, when there is a request and its
host is one the site serves (`ALLOWED_HOSTS`, checked by `request.get_host()`), the root of
every self URL is the request's scheme, host and port; without a request (management
commands, scheduled jobs) it is the Site's, else `WAGTAILADMIN_BASE_URL`. A page's links to
another Wagtail Site keep that site's own root.
"""

from django.core.exceptions import DisallowedHost
from django.http import HttpRequest
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Site


def request_root_url(request):
    """`scheme://host[:port]` of the request, or None without a request or for a host the
    site does not serve."""
    if not isinstance(request, HttpRequest):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return f"{request.scheme}://{host}"


def root_url(request=None, site=None):
    """The root of self URLs, without a trailing slash."""
    return (
        request_root_url(request)
        or (site.root_url if site else "")
        or (get_admin_base_url() or "").rstrip("/")
    )


def absolute_url(request, url):
    """`url` made absolute on the request's root (the Site's without a request); an already
    absolute URL (a CDN, object storage) is left as it is."""
    if not url or url.startswith(("http://", "https://", "//")):
        return url
    return root_url(request) + url


def follow_request(url_parts, request):
    """Wagtail's `(site_id, root_url, page_path)` with the root of the serving request when
    the page belongs to the site that serves it (see BasePage.get_url_parts)."""
    if not url_parts or url_parts[1] is None:
        return url_parts
    own_root = request_root_url(request)
    if own_root is None:
        return url_parts
    site_id, _site_root, page_path = url_parts
    serving = Site.find_for_request(request)
    if serving is not None and serving.pk != site_id:
        return url_parts
    return site_id, own_root, page_path


def page_full_url(page, request=None):
    """`page.get_full_url(request)` for any page, a plain wagtailcore Page (a foreign key's
    target) included, which does not have BasePage's override."""
    parts = follow_request(page.get_url_parts(request), request)
    if parts is None or parts[1] is None:
        return None
    return parts[1] + parts[2]
