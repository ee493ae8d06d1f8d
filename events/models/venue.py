"""Venues: where an edition or one of its parts takes place, with native names for search."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from .common import DEFAULT_TIME_ZONE, get_zone, validate_time_zone


class Venue(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255, help_text=_("Name of the venue in English."))
    native_name = models.CharField(
        _("native name"), max_length=255, blank=True, help_text=_("Name in its own script.")
    )
    address = models.CharField(
        _("street address"), max_length=255, blank=True, help_text=_("Street and number.")
    )
    town = models.CharField(_("town"), max_length=120, blank=True, help_text=_("e.g. Wuzhen."))
    town_native = models.CharField(
        _("town (native)"), max_length=120, blank=True, help_text=_("e.g. 乌镇.")
    )
    city = models.CharField(_("city"), max_length=120, blank=True, help_text=_("e.g. Tongxiang."))
    city_native = models.CharField(
        _("city (native)"), max_length=120, blank=True, help_text=_("e.g. 桐乡.")
    )
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("Province or state, e.g. Zhejiang.")
    )
    region_native = models.CharField(
        _("region (native)"), max_length=120, blank=True, help_text=_("e.g. 浙江.")
    )
    country = CountryField(_("country"), blank=True, help_text=_("Country of the venue."))
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, in decimal degrees."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text=_("Optional, in decimal degrees."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("IANA time zone of the venue, e.g. Asia/Shanghai. Times are shown in it."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("native_name")], heading=_("Name")),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("town_native")]),
                FieldRowPanel([FieldPanel("city"), FieldPanel("city_native")]),
                FieldRowPanel([FieldPanel("region"), FieldPanel("region_native")]),
                FieldPanel("country"),
            ],
            heading=_("Address"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map")),
        FieldPanel("time_zone"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("native_name"),
        index.AutocompleteField("name"),
        index.SearchField("town"),
        index.SearchField("town_native"),
        index.SearchField("city"),
        index.SearchField("city_native"),
        index.SearchField("region"),
        index.SearchField("region_native"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return self.name

    @property
    def zone(self):
        return get_zone(self.time_zone)

    def place_line(self):
        """'Wuzhen, Tongxiang, Zhejiang, China'."""
        parts = [self.town, self.city, self.region, self.country.name if self.country else ""]
        return ", ".join(part for part in parts if part)

    def full_text(self):
        return ", ".join(part for part in [self.name, self.address, self.place_line()] if part)

    def native_text(self):
        parts = [self.native_name, self.town_native, self.city_native, self.region_native]
        return " ".join(part for part in parts if part)

    def json_ld(self):
        address = {"@type": "PostalAddress"}
        for key, value in (
            ("streetAddress", self.address),
            ("addressLocality", ", ".join(p for p in (self.town, self.city) if p)),
            ("addressRegion", self.region),
            ("addressCountry", self.country.code if self.country else ""),
        ):
            if value:
                address[key] = value
        data = {"@type": "Place", "name": self.name, "address": address}
        if self.native_name:
            data["alternateName"] = self.native_name
        if self.latitude is not None and self.longitude is not None:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data
