from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page, Site

from portal import cache_tags, i18n, per_change
from portal.extension_points import related_content as render_related
from portal.json_ld import dumps_for_script, website_json_ld
from portal.models import SiteBranding
from portal.self_urls import absolute_url
from portal.social_images import social_image

register = template.Library()


@register.filter
def json_ld(data):
    return dumps_for_script(data)


def _site_and_branding(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None, SiteBranding(site_name="Summit Portal")
    # Cached on the request, shared with the `settings` context processor the header uses.
    return site, SiteBranding.for_request(request)


@register.inclusion_tag("includes/seo_head.html", takes_context=True)
def seo_head(context):
    """Title, description, canonical, OpenGraph, Twitter card and JSON-LD for any view.

    Pages provide their values through BasePage methods; plain views set meta_title,
    meta_description, canonical_url, noindex and json_ld in their context."""
    request = context.get("request")
    page = context.get("page")
    site, branding = _site_and_branding(context)
    is_page = isinstance(page, Page) and hasattr(page, "get_meta_title")

    title = context.get("meta_title") or (page.get_meta_title() if is_page else "")
    description = context.get("meta_description") or (
        page.get_meta_description() if is_page else branding.tagline
    )
    canonical = context.get("canonical_url") or (
        page.get_full_url(request)
        if is_page
        else absolute_url(request, request.path)
        if request
        else ""
    )
    noindex = context.get("noindex") or (is_page and not page.search_engine_index)

    json_ld_items = [website_json_ld(site, branding, request)]
    if is_page:
        json_ld_items += page.get_json_ld(request)
    json_ld_items += context.get("json_ld") or []

    alternates = list(context.get("alternate_links") or [])
    if is_page:
        alternates += page.get_alternate_links(request)
    languages = _languages(page if is_page else None, request)
    hreflang = []
    if len(languages) > 1 and not noindex:  # no alternates of what crawlers should not index
        hreflang = [(i18n.bcp47(code), url) for code, url in languages]
        default_url = dict(languages).get(settings.LANGUAGE_CODE)
        if default_url:
            hreflang.append(("x-default", default_url))
    language = i18n.page_language(page, request) if is_page else get_language()

    return {
        "request": request,
        "site_name": branding.site_name,
        "title": title,
        "full_title": f"{title} | {branding.site_name}"
        if title and title != branding.site_name
        else branding.site_name,
        "description": description,
        "canonical_url": canonical,
        "noindex": noindex,
        "og_type": (page.og_type if is_page and hasattr(page, "og_type") else "website"),
        "og_extra": page.get_og_extra() if is_page and hasattr(page, "get_og_extra") else [],
        "social_description": page.get_social_description() if is_page else description,
        "social_image": social_image(request, page if is_page else None, branding),
        "twitter_handle": branding.twitter_handle,
        "locale": i18n.og_locale(language),
        "locale_alternates": [i18n.og_locale(code) for code, _url in languages if code != language],
        "hreflang": hreflang,
        "json_ld_items": json_ld_items,
        "alternates": alternates,
    }


def _languages(page, request):
    if page is not None:
        return i18n.alternates(page, request)
    return i18n.view_alternates(request) if request is not None else []


@register.simple_tag(takes_context=True)
def html_lang(context):
    """The language tag of <html>: the page's language, else the request's."""
    page = context.get("page")
    if isinstance(page, Page):
        return i18n.bcp47(i18n.page_language(page, context.get("request")))
    return i18n.bcp47(get_language() or settings.LANGUAGE_CODE)


@register.simple_tag
def lang_attr(code):
    """` lang="zh-Hans"` on text in `code`, or nothing when the page is in that language."""
    if code == get_language():
        return ""
    return format_html(' lang="{}"', i18n.bcp47(code))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    page = context.get("page")
    request = context.get("request")
    return {"links": i18n.language_links(page if isinstance(page, Page) else None, request)}


def _home_in_language(root, current):
    """The home page of the language being shown: the site's root, or its translation (the
    Chinese home is a sibling of the English one) found among the ancestors that routing
    already loaded for a page, or looked up for a view such as the search."""
    if isinstance(current, Page) and current.path:
        if current.path.startswith(root.path):
            return root
        if current.depth == root.depth:
            return current
        crumbs = current.get_breadcrumbs() if hasattr(current, "get_breadcrumbs") else []
        if crumbs and crumbs[0].depth == root.depth:
            return crumbs[0]
        return Page.objects.ancestor_of(current).get(depth=root.depth)
    if get_language() != settings.LANGUAGE_CODE:
        return root.localized
    return root


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    current = context.get("page")
    items = []
    root = _home_in_language(site.root_page, current) if site else None
    if site:
        # The same for every visitor: kept until a page under the root changes (a publish
        # replaces the version of its ancestors' tags, the root's included).
        items = per_change.cached(
            f"main-menu:{site.pk}:{root.pk}",
            [cache_tags.SITE, cache_tags.page_tag(root.pk)],
            lambda: list(
                root.get_children()
                .live()
                .in_menu()
                .only("id", "title", "url_path", "path", "depth")
            ),
        )
    current_path = getattr(current, "path", "")
    return {
        "request": request,
        "home": root,
        "menu_items": [
            (item, bool(current_path) and current_path.startswith(item.path)) for item in items
        ],
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    crumbs = page.get_breadcrumbs() if page is not None and hasattr(page, "get_breadcrumbs") else []
    return {"request": context.get("request"), "crumbs": crumbs, "page": page}


@register.simple_tag(takes_context=True)
def related_content(context, page):
    """Sections other apps contribute to this page (the `portal_related_content` hook)."""
    return mark_safe("".join(render_related(page, context.get("request"))))
