"""Structured data shared by every page: the WebSite and the publishing Organization."""

import json

from django.utils.safestring import mark_safe

from portal import self_urls

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def dumps_for_script(data):
    """JSON safe to embed in <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES))


def website_json_ld(site, branding, request):
    root_url = self_urls.root_url(request, site)
    organization = {
        "@type": "Organization",
        "@id": f"{root_url}/#organization",
        "name": branding.site_name,
        "url": f"{root_url}/",
    }
    if branding.logo_id:
        logo = branding.logo.get_rendition("max-600x60|format-png")
        organization["logo"] = {
            "@type": "ImageObject",
            "url": self_urls.absolute_url(request, logo.url),
            "width": logo.width,
            "height": logo.height,
        }
    same_as = [url for _name, url in branding.social_links]
    if same_as:
        organization["sameAs"] = same_as
    website = {
        "@type": "WebSite",
        "@id": f"{root_url}/#website",
        "name": branding.site_name,
        "url": f"{root_url}/",
        "publisher": {"@id": organization["@id"]},
        "inLanguage": "en",
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{root_url}/search/?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
    return {"@context": "https://schema.org", "@graph": [website, organization]}
