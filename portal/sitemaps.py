"""`/sitemap.xml` is a sitemap index (the sitemaps protocol): one entry per file of each
section, `/sitemap-pages.xml`, `/sitemap-pages.xml?p=2`, `/sitemap-news.xml`...

Each section is a Django `Sitemap` of at most `limit` URLs (the protocol allows 50,000 and
50 MB a file), with `lastmod` from the content. The sections are the core's `pages` and
those the apps register with the `portal_sitemaps` hook. A section with nothing to list is
left out of the index and answers 404, never an empty `urlset` (the Google News schema
requires one URL).

The index and the sections go through the page cache (portal/page_cache.py): no page serves
them, so they are tagged `nonpage` and dropped on every publish; `max-age` caps their life
because the news window moves with the clock.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Max, Q
from django.http import Http404
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

from portal import cache_tags, extension_points, per_change
from portal.i18n import bcp47
from portal.self_urls import page_full_url

SECTION_URL_NAME = "sitemap_section"
MAX_AGE = 600


def in_every_language(site):
    """A filter of pages: those under the site's root page or one of its translations."""
    in_a_tree = Q()
    for path in site.root_page.get_translations(inclusive=True).values_list("path", flat=True):
        in_a_tree |= Q(path__startswith=path)
    return in_a_tree


class PagesSitemap(WagtailSitemap):
    """Every live public page of the request's site in every language, in tree order, each
    with its translations as `xhtml:link` alternates (and `x-default`, the English one)."""

    limit = 10_000

    def pages(self):
        return Page.objects.filter(in_every_language(self.get_wagtail_site())).live().public()

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = []
        for item in self.paginator.page(page).object_list:
            urls += [{**url, "item": item} for url in item.get_sitemap_urls(self.request)]
        mods = {url.get("lastmod") for url in urls}
        if mods and None not in mods:
            self.latest_lastmod = max(mods)
        keys = {url["item"].translation_key for url in urls}
        # One query for the file: the live translations of every page it lists.
        translations = defaultdict(dict)
        for row in (
            Page.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .only("url_path", "translation_key", "locale__language_code")
        ):
            translations[row.translation_key][row.locale.language_code] = row
        for url in urls:
            rows = translations[url["item"].translation_key]
            if len(rows) < 2:
                continue
            alternates = [
                {"lang_code": bcp47(code), "location": page_full_url(rows[code], self.request)}
                for code, _name in settings.LANGUAGES
                if code in rows
            ]
            if settings.LANGUAGE_CODE in rows:
                default = page_full_url(rows[settings.LANGUAGE_CODE], self.request)
                alternates.append({"lang_code": "x-default", "location": default})
            url["alternates"] = alternates
        return urls

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default, which loads every page.
        return per_change.cached(
            f"sitemap-pages-lastmod:{self.get_wagtail_site().pk}",
            [cache_tags.SITE, cache_tags.NONPAGE],
            lambda: self.pages().aggregate(latest=Max("last_published_at"))["latest"],
            timeout=MAX_AGE,
        )

    def get_urls(self, page=1, site=None, protocol=None):
        """The URLs of a file of the section (a query per page type to make them), kept until
        a page changes (every publish replaces `nonpage`) and at most MAX_AGE, as the
        section's response is (an embargo's end adds a page)."""
        host = self.request.get_host() if self.request else ""

        def compute():
            urls = super(PagesSitemap, self).get_urls(page, site, protocol)
            return urls, getattr(self, "latest_lastmod", None)

        # Django's get_urls also sets `latest_lastmod` (the response's Last-Modified).
        urls, latest = per_change.cached(
            f"sitemap-pages:{self.get_wagtail_site().pk}:{host}:{protocol}:{page}",
            [cache_tags.SITE, cache_tags.NONPAGE],
            compute,
            timeout=MAX_AGE,
        )
        if latest is not None:
            self.latest_lastmod = latest
        return urls


class NonEmptySitemap:
    """A mixin for a section that must never be an empty `urlset`: `?p=1` of nothing is a
    404 and the index leaves it out."""

    @property
    def paginator(self):
        return Paginator(self._items(), self.limit, allow_empty_first_page=False)


def sections(request):
    """{name: Sitemap} of the sections, the core's first."""
    found = {"pages": PagesSitemap(request)}
    for name, sitemap in extension_points.sitemap_sections(request).items():
        found.setdefault(name, sitemap)
    return found


@require_safe
@cache_control(max_age=MAX_AGE, public=True)
def index(request):
    listed = {name: s for name, s in sections(request).items() if s.paginator.count}
    return sitemap_views.index(request, listed, sitemap_url_name=SECTION_URL_NAME)


@require_safe
@cache_control(max_age=MAX_AGE, public=True)
def section(request, section):
    found = sections(request)
    if section not in found:
        raise Http404(f"No sitemap section {section!r}")
    sitemap = found[section]
    response = sitemap_views.sitemap(
        request,
        {section: sitemap},
        section=section,
        template_name=getattr(sitemap, "template_name", "sitemap.xml"),
        content_type="application/xml; charset=utf-8",
    )
    # A section may add to its template's context (the news publication's name).
    extra = getattr(sitemap, "extra_context", None)
    if extra is not None:
        response.context_data.update(extra())
    return response
