"""People and organisations, shared by every domain: one person can speak at a forum,
write an article and receive an award."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from portal.search.text import CJKSearchMixin, cjk_search_field


class Organization(TranslatableMixin, CJKSearchMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, help_text=_("Official name in English."))
    native_name = models.CharField(
        _("native name"),
        max_length=255,
        blank=True,
        help_text=_("Name in its own language and script, e.g. 浙江日报."),
    )
    short_name = models.CharField(
        _("short name"), max_length=64, blank=True, help_text=_("Acronym, e.g. WIC.")
    )
    country = CountryField(_("country"), blank=True, help_text=_("Where it is based."))
    logo = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("native_name"), FieldPanel("short_name")],
            heading=_("Name"),
        ),
        FieldPanel("country"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("native_name"),
        index.SearchField("short_name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        cjk_search_field(),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def json_ld(self):
        data = {"@type": "Organization", "name": self.name}
        if self.native_name:
            data["alternateName"] = self.native_name
        if self.website:
            data["url"] = self.website
        return data


class Person(TranslatableMixin, CJKSearchMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, help_text=_("Full name as usually written."))
    native_name = models.CharField(
        _("native name"), max_length=255, blank=True, help_text=_("Name in its own script.")
    )
    job_title = models.CharField(
        _("role or title"),
        max_length=255,
        blank=True,
        help_text=_("e.g. 'Reporter', 'Academician of the Chinese Academy of Engineering'."),
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    country = CountryField(_("country"), blank=True)
    photo = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("biography"), blank=True)
    website = models.URLField(_("website"), blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("native_name")], heading=_("Name")),
        FieldPanel("job_title"),
        FieldPanel("organization"),
        FieldPanel("country"),
        FieldPanel("photo"),
        FieldPanel("bio"),
        FieldPanel("website"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("native_name"),
        index.AutocompleteField("name"),
        index.SearchField("job_title"),
        index.SearchField("bio"),
        cjk_search_field(),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    def json_ld(self):
        data = {"@type": "Person", "name": self.name}
        if self.job_title:
            data["jobTitle"] = self.job_title
        if self.organization_id:
            data["affiliation"] = self.organization.json_ld()
        if self.website:
            data["url"] = self.website
        return data
