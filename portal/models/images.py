"""The site's image model: Wagtail's image plus alt text and a credit line, from the
first migration so that every page and block can rely on them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from portal import private_images


class CustomImage(AbstractImage):
    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Describe the image for people who cannot see it. Leave empty only for "
            "purely decorative images."
        ),
    )
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown under the image, e.g. 'Photo: Zhejiang Daily'."),
    )

    admin_form_fields = Image.admin_form_fields + ("alt_text", "credit")

    @property
    def default_alt_text(self):
        return self.alt_text or self.description or self.title

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    # Renditions of images in a restricted collection are private (portal/private_images.py).
    def get_upload_to(self, filename):
        return private_images.rendition_upload_to(self, filename)

    @property
    def url(self):
        return private_images.rendition_url(self)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
