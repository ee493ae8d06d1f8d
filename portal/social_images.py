"""The link-preview image (og:image) of every public page, and the site's bundled logo.

The first found wins: the page's own image (its social, listing or lead image), its type's
default (BasePage.get_type_social_image: a part takes its edition's), the site default chosen
in Settings > Site branding, and last the bundled logo, so no page goes without one."""

from dataclasses import dataclass

from django.templatetags.static import static

from portal.json_ld import BUNDLED_LOGO, BUNDLED_LOGO_SIZE, absolute_url

SOCIAL_IMAGE_SPEC = "fill-1200x630|format-jpeg|jpegquality-80"


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str
    large: bool  # a wide picture (Twitter's large card) rather than a square logo


def bundled_logo(request, site_name):
    size = BUNDLED_LOGO_SIZE
    return SocialImage(absolute_url(request, static(BUNDLED_LOGO)), size, size, site_name, False)


def choose_image(page, branding):
    """The page's own image, else its type's default, else the site default (or None)."""
    image = None
    if page is not None:
        image = page.get_social_image() or page.get_type_social_image()
    if image is None and branding.default_social_image_id:
        image = branding.default_social_image
    return image


def social_image(request, page, branding):
    image = choose_image(page, branding)
    if image is None:
        return bundled_logo(request, branding.site_name)
    rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    return SocialImage(
        absolute_url(request, rendition.url),
        rendition.width,
        rendition.height,
        image.default_alt_text,
        True,
    )
