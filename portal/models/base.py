"""The abstract page every page type inherits: listing fields, social fields, SEO fallbacks
and the JSON-LD hook rendered by templates/includes/seo_head.html."""

from django.db import models
from django.db.models import Q
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from portal import self_urls
from portal.i18n import bcp47, page_language
from portal.search.text import CJKSearchMixin, cjk_search_field
from portal.visibility import PortalPageManager

DESCRIPTION_LENGTH = 160


class BasePage(CJKSearchMixin, Page):
    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shorter title for cards and lists. Defaults to the page title."),
    )
    listing_summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences for cards, search results and the meta description."),
    )
    listing_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards. Defaults to the page's lead image where it has one."),
    )
    social_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image for link previews (1200×630 works best)."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=255,
        blank=True,
        help_text=_("Description for link previews. Defaults to the meta description."),
    )
    search_engine_index = models.BooleanField(
        _("appear in search engines"),
        default=True,
        help_text=_("Untick to ask search engines not to index this page."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Listings"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("social_image"),
                FieldPanel("social_text"),
                FieldPanel("search_engine_index"),
            ],
            heading=_("Social and search engines"),
        ),
    ]

    # Page types extend this list; the CJK n-grams cover every field they add.
    search_fields = [*Page.search_fields, index.SearchField("listing_summary"), cjk_search_field()]

    # Page types that are a structured-data "thing" of their own set this (e.g. "NewsArticle").
    json_ld_type = "WebPage"
    # Which filter of the site search the page falls under (see portal.extension_points.SEARCH_KINDS).
    search_kind = "pages"
    # The date field behind the search's year filter, date order and shown date (e.g. a
    # summit's start, an article's publication). None: the page has no date of its own (an
    # index, the home page), and the search shows none rather than the day it was published.
    search_date_field = None

    objects = PortalPageManager()

    class Meta:
        abstract = True

    @classmethod
    def search_dates(cls, ids):
        """{pk: date or None} of these pages of this type for the site search (one query)."""
        if not cls.search_date_field:
            return {}
        # No order: the tree order of pages would join and sort every match for nothing.
        dates = cls.objects.filter(pk__in=ids).order_by()
        return dict(dates.values_list("pk", cls.search_date_field))

    # --- Listing and SEO fallbacks -------------------------------------------------------
    def get_listing_title(self):
        return self.listing_title or self.title

    def get_lead_image(self):
        """The page's main image; page types with a lead image field override this."""
        return None

    def get_listing_image(self):
        return self.listing_image or self.get_lead_image()

    def get_social_image(self):
        return self.social_image or self.get_listing_image()

    def get_type_social_image(self):
        """The link-preview image when the page has none: page types override this (a part
        of an edition takes the edition's); the site default follows (portal.social_images)."""
        return None

    def get_meta_title(self):
        return self.seo_title or self.title

    def get_description_fallback(self):
        """Text to describe the page when no summary was written: the first paragraph."""
        body = getattr(self, "body", None)
        if not body:
            return ""
        for block in body:
            if block.block_type == "paragraph":
                return strip_tags(str(block.value.source)).strip()
        return ""

    def get_meta_description(self):
        text = self.search_description or self.listing_summary or self.get_description_fallback()
        return Truncator(" ".join(text.split())).chars(DESCRIPTION_LENGTH)

    def get_social_description(self):
        return self.social_text or self.get_meta_description()

    # --- URLs -----------------------------------------------------------------------------
    def get_url_parts(self, request=None):
        # full_url / get_full_url(request) on the host and port the request came to, not
        # the Site's (portal/self_urls.py).
        return self_urls.follow_request(super().get_url_parts(request), request)

    # --- Structure ------------------------------------------------------------------------
    def get_breadcrumbs(self):
        """Ancestors from the home page down to the parent: one query, kept on the instance
        because both the breadcrumb trail and the BreadcrumbList JSON-LD use it."""
        crumbs = getattr(self, "_breadcrumbs", None)
        if crumbs is None:
            crumbs = self._routed_ancestors()
            if crumbs is None:
                crumbs = list(self.get_ancestors().filter(depth__gt=1).specific(defer=True))
            self._breadcrumbs = crumbs
        return crumbs

    def _routed_ancestors(self):
        """The ancestors below the tree's root that Wagtail's routing walked through to
        reach this page (Page.route keeps each parent on its child), or None when the page
        was not reached that way (a preview, a listing)."""
        chain = []
        page = self
        while page.depth > 2:
            page = page.__dict__.get("_cached_parent_obj")
            if page is None or page.path != self.path[: len(page.path)]:
                return None
            chain.append(page)
        return chain[::-1]

    def get_view_restrictions(self):
        """As Wagtail's (the restrictions of the page and its ancestors, an alias's taken
        from its source page) in one query: the ancestors' paths are prefixes of the
        page's own, so they need no query of their own."""
        if self.alias_of_id:
            return super().get_view_restrictions()
        step = self.steplen
        paths = [self.path[:end] for end in range(step, len(self.path) + 1, step)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()

    def get_alternate_links(self, request=None):
        """Feeds, calendars and other alternates to declare in <head>: (type, title, url)."""
        return []

    # --- Structured data ------------------------------------------------------------------
    def get_json_ld_main(self, request=None):
        """The page's own schema.org object. Page types extend it."""
        data = {
            "@context": "https://schema.org",
            "@type": self.json_ld_type,
            "name": self.get_meta_title(),
            "url": self.get_full_url(request),
            "inLanguage": bcp47(page_language(self, request)),
        }
        description = self.get_meta_description()
        if description:
            data["description"] = description
        return data

    def get_json_ld_breadcrumbs(self, request=None):
        crumbs = [*self.get_breadcrumbs(), self]
        if len(crumbs) < 2:
            return None
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": crumb.title,
                    "item": crumb.get_full_url(request),
                }
                for position, crumb in enumerate(crumbs, start=1)
            ],
        }

    def get_json_ld(self, request=None):
        """All JSON-LD objects of the page, rendered one <script> each."""
        return [
            data
            for data in (self.get_json_ld_main(request), self.get_json_ld_breadcrumbs(request))
            if data
        ]
