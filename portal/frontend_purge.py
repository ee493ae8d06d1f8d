"""Purging the HTTP cache in front (Varnish, deploy/varnish.vcl) by the page cache's tags,
through wagtail.contrib.frontend_cache.

Every response the page cache stores carries `X-Cache-Tags` (its tags between commas:
",site,page:12,");
Varnish keeps the header with the object and strips it on delivery. Purging a tag is a
`PURGE /__cache_tag__/<tag>` that the VCL turns into a ban on objects carrying the tag, so
both layers drop exactly the same responses. Without `WAGTAILFRONTENDCACHE` this does
nothing.
"""

import logging

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

logger = logging.getLogger("portal.cache")

TAG_PATH = "/__cache_tag__/"
HEADER = "X-Cache-Tags"


def header_value(tags):
    return "," + ",".join(sorted(tags)) + ","


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def tag_urls(tags):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return [f"{base}{TAG_PATH}{tag}" for tag in sorted(tags)]


def _purge(urls):
    try:
        purge_urls_from_cache(urls)
    except Exception:  # a purge must never fail the editor's publish
        logger.exception("Purging the HTTP cache failed")


def purge_tags(tags):
    if enabled() and tags:
        urls = tag_urls(tags)
        transaction.on_commit(lambda: _purge(urls))
