"""JSON-LD and OpenGraph of the news: the NewsArticle of an article page, with its
publisher, and the article's `article:*` OpenGraph properties.

The page models call these in one line; this module sits below them and never imports them."""

from django.utils import timezone
from wagtail.models import Site

from portal import self_urls
from portal.i18n import bcp47, page_language
from portal.json_ld import organization_logo
from portal.models import SiteBranding
from portal.self_urls import absolute_url

from .choices import AuthorRole

HEADLINE_LENGTH = 110  # Google's limit for a NewsArticle headline
IMAGE_SPECS = ("fill-1200x675|format-jpeg", "fill-1200x1200|format-jpeg")


def iso(value):
    """ISO 8601 in the site's time zone (e.g. 2023-11-11T02:52:32+08:00)."""
    return timezone.localtime(value).isoformat()


def article_og_extra(article):
    """The `article:*` OpenGraph properties: [(property, content)]."""
    extra = []
    if article.published_at:
        extra.append(("article:published_time", iso(article.published_at)))
    modified = article.get_modified_at()
    if modified:
        extra.append(("article:modified_time", iso(modified)))
    extra += [("article:author", name) for name in article.author_names]
    if article.channel_id:
        extra.append(("article:section", article.channel.name))
    extra += [("article:tag", tag.name) for tag in article.tag_list]
    return extra


def publisher_json_ld(page, request):
    """The site's Organization, with its logo (the branding logo or the bundled one)."""
    site = Site.find_for_request(request) if request else page.get_site()
    if request is not None:
        branding = SiteBranding.for_request(request)
    else:
        branding = SiteBranding.for_site(site) if site else SiteBranding()
    root = self_urls.root_url(request, site)
    return {
        "@type": "Organization",
        "@id": f"{root}/#organization",
        "name": branding.site_name,
        "logo": organization_logo(branding, request, root),
    }


def article_json_ld(article, request=None):
    """The NewsArticle of an article page."""
    url = article.get_full_url(request)
    headline = article.title[:HEADLINE_LENGTH]
    bylines = article.bylines
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "description": article.get_meta_description(),
        "author": [b.person.json_ld() for b in bylines if b.role != AuthorRole.EDITOR],
        "publisher": publisher_json_ld(article, request),
        "inLanguage": bcp47(page_language(article, request)),
    }
    editors = [b.person.json_ld() for b in bylines if b.role == AuthorRole.EDITOR]
    if editors:
        data["editor"] = editors
    if article.published_at:
        data["datePublished"] = iso(article.published_at)
    modified = article.get_modified_at()
    if modified:
        data["dateModified"] = iso(modified)
    image = article.get_social_image()
    if image:
        data["image"] = [
            absolute_url(request, image.get_rendition(spec).url) for spec in IMAGE_SPECS
        ]
    if article.dateline_place:
        data["locationCreated"] = {"@type": "Place", "name": article.dateline_place}
    if article.channel_id:
        data["articleSection"] = article.channel.name
    if article.tag_list:
        data["keywords"] = [tag.name for tag in article.tag_list]
    if article.source_id:
        data["sourceOrganization"] = article.source.json_ld()
        if article.is_republication:
            data["isBasedOn"] = article.original_url or {
                "@type": "NewsArticle",
                "headline": headline,
                "publisher": article.source.json_ld(),
            }
    if article.related_summit_id:
        data["about"] = {
            "@type": "Event",
            "name": article.related_summit.title,
            "url": self_urls.page_full_url(article.related_summit, request),
        }
    return data
