"""Per-site branding, contact and social settings, edited under Settings in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from portal.per_change import PerChangeSiteSetting


@register_setting(icon="site")
class SiteBranding(PerChangeSiteSetting, BaseSiteSetting):
    site_name = models.CharField(
        _("site name"),
        max_length=120,
        default="Summit Portal",
        help_text=_("Shown in the header, page titles and structured data."),
    )
    tagline = models.CharField(
        _("tagline"), max_length=255, blank=True, help_text=_("A short line under the name.")
    )
    logo = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Used as the publisher logo in structured data and social cards."),
    )
    default_social_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Link preview image (og:image) of pages with no image of their own or of their "
            "type; 1200×630 works best. Without it, previews show the site's logo."
        ),
    )
    footer_text = models.TextField(
        _("footer text"), blank=True, help_text=_("One or two sentences about the site.")
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_address = models.TextField(_("contact address"), blank=True)
    twitter_handle = models.CharField(
        _("X / Twitter handle"), max_length=64, blank=True, help_text=_("Without the @.")
    )
    weibo_url = models.URLField(_("Weibo"), blank=True)
    wechat_url = models.URLField(_("WeChat"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("site_name"),
                FieldPanel("tagline"),
                FieldPanel("logo"),
                FieldPanel("default_social_image"),
            ],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                FieldPanel("contact_email"),
                FieldPanel("contact_address"),
            ],
            heading=_("Footer and contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("twitter_handle"),
                FieldPanel("weibo_url"),
                FieldPanel("wechat_url"),
                FieldPanel("facebook_url"),
                FieldPanel("youtube_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social accounts"),
        ),
    ]

    class Meta:
        verbose_name = _("site branding")

    @property
    def social_links(self):
        links = [
            ("Weibo", self.weibo_url),
            ("WeChat", self.wechat_url),
            ("X", f"https://x.com/{self.twitter_handle}" if self.twitter_handle else ""),
            ("Facebook", self.facebook_url),
            ("YouTube", self.youtube_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(name, url) for name, url in links if url]
