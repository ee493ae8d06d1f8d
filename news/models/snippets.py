"""Outlets that first publish a story (sources) and the sections that carry it (channels)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Source(TranslatableMixin, index.Indexed, models.Model):
    """A news outlet, e.g. Zhejiang Daily (浙江日报)."""

    name = models.CharField(_("name"), max_length=255, help_text=_("The outlet's name in English."))
    native_name = models.CharField(
        _("native name"),
        max_length=255,
        blank=True,
        help_text=_("The outlet's name in its own language and script, e.g. 浙江日报."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in the listing's address: /news/source/<slug>/."),
    )
    url = models.URLField(_("website"), blank=True, help_text=_("The outlet's home page."))
    logo = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown next to 'originally published by' and in structured data."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences about the outlet.")
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("native_name"), FieldPanel("slug")],
            heading=_("Name"),
        ),
        FieldPanel("url"),
        FieldPanel("logo"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("native_name"),
        index.AutocompleteField("name"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        # A translation keeps the slug of its source: unique within a language.
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("news source")
        verbose_name_plural = _("news sources")

    def __str__(self):
        return f"{self.name} ({self.native_name})" if self.native_name else self.name

    def json_ld(self):
        data = {"@type": "NewsMediaOrganization", "name": self.name}
        if self.native_name:
            data["alternateName"] = self.native_name
        if self.url:
            data["url"] = self.url
        return data


class Channel(TranslatableMixin, models.Model):
    """A section or channel that carries articles, e.g. a broadcaster's web 'News Channel'."""

    name = models.CharField(_("name"), max_length=120, help_text=_("e.g. 'News Channel'."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in the listing's address: /news/channel/<slug>/."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the channel covers and who runs it.")
    )
    url = models.URLField(_("website"), blank=True, help_text=_("The channel's own page, if any."))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self):
        return self.name
