"""The site's own pages: the home page and plain content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from portal.blocks import BodyStreamBlock
from portal.extension_points import home_sections

from .base import BasePage


class HomePage(BasePage):
    """The front page: the current or upcoming summit, the latest news and awards. Domain
    apps contribute their sections through the `portal_home_sections` hook."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome under the site name."),
    )
    hero_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("hero_image")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    json_ld_type = "WebPage"

    class Meta:
        verbose_name = _("home page")

    def get_lead_image(self):
        return self.hero_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(self, request)
        return context


class StandardPage(BasePage):
    """A plain content page such as About or Contact."""

    lead_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("lead_image"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_lead_image(self):
        return self.lead_image
