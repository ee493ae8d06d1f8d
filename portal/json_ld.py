"""Structured data shared by every page: the WebSite and the publishing Organization."""

import json

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import self_urls
from portal.i18n import bcp47
from portal.self_urls import absolute_url

# The site's own logo, drawn by scripts/draw_logo.py: the Organization logo and the last-resort
# og:image while no logo is chosen in Settings > Site branding.
BUNDLED_LOGO = "portal/img/logo-512.png"
BUNDLED_LOGO_SIZE = 512
LOGO_RENDITION = "max-600x60|format-png"

_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def dumps_for_script(data):
    """JSON safe to embed in <script type="application/ld+json">."""
    return mark_safe(json.dumps(data, ensure_ascii=False, default=str).translate(_ESCAPES))


def organization_logo(branding, request, root_url=""):
    """The Organization's logo as an ImageObject: the branding logo, else the bundled one
    (absolute from the request, or from the site's `root_url` without one)."""
    if branding.logo_id:
        logo = branding.logo.get_rendition(LOGO_RENDITION)
        url, width, height = logo.url, logo.width, logo.height
    else:
        url, width, height = static(BUNDLED_LOGO), BUNDLED_LOGO_SIZE, BUNDLED_LOGO_SIZE
    return {
        "@type": "ImageObject",
        "url": absolute_url(request, url) if request else absolute_url(None, root_url + url),
        "width": width,
        "height": height,
    }


def website_json_ld(site, branding, request):
    root_url = self_urls.root_url(request, site)
    organization = {
        "@type": "Organization",
        "@id": f"{root_url}/#organization",
        "name": branding.site_name,
        "url": f"{root_url}/",
        "logo": organization_logo(branding, request, root_url),
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
        "inLanguage": bcp47(get_language() or settings.LANGUAGE_CODE),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{root_url}{reverse('search')}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
    return {"@context": "https://schema.org", "@graph": [website, organization]}
