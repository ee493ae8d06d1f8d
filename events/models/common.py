"""Pieces shared by the edition and its parts: schedules in a time zone, figure rows and the
vocabularies that make them comparable across editions."""

import zoneinfo
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable

from portal.blocks import BodyStreamBlock
from portal.dates import day_range, time_range

from ..choices import Metric, Qualifier

DEFAULT_TIME_ZONE = "Asia/Shanghai"


def validate_time_zone(value):
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            _("“%(value)s” is not a known time zone (use a name such as Asia/Shanghai)."),
            params={"value": value},
        ) from exc


def validate_end_after_start(start, end):
    if start and end and end < start:
        raise ValidationError({"end": _("The end must not be before the start.")})


def get_zone(name):
    try:
        return zoneinfo.ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(DEFAULT_TIME_ZONE)


def format_number(number):
    """1800 -> '1,800'; 100000000000 -> '100 billion' ('1000亿'); 30.9 -> '30.9'."""
    if number is None:
        return ""
    number = Decimal(number)
    # The scales and their words come from the language's format module (billions in
    # English, 亿 in Chinese).
    for size, word in get_format("NUMBER_SCALES"):
        if abs(number) >= size:
            scaled = (number / Decimal(size)).normalize()
            return f"{scaled:f}{word}"  # below the next scale: no grouping
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.normalize():,f}"


class FigureRow(Orderable):
    """A counted fact: metric, number, qualifier ("more than"), unit and note."""

    metric = models.CharField(
        _("metric"),
        max_length=32,
        choices=Metric.choices,
        help_text=_("What is counted. The same metric is compared across editions."),
    )
    label = models.CharField(
        _("label"),
        max_length=120,
        blank=True,
        help_text=_("Wording shown under the number. Defaults to the metric's name."),
    )
    number = models.DecimalField(
        _("number"),
        max_digits=20,
        decimal_places=2,
        help_text=_("The figure itself, without separators (1800, 100000000000, 30.9)."),
    )
    qualifier = models.CharField(
        _("qualifier"),
        max_length=16,
        choices=Qualifier.choices,
        blank=True,
        default=Qualifier.EXACT,
        help_text=_("Whether the number is exact, a lower bound ('more than') or approximate."),
    )
    unit = models.CharField(
        _("unit"),
        max_length=32,
        blank=True,
        help_text=_("Unit shown after the number, e.g. 'yuan', 'm²', '%'."),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Context, e.g. 'a record' or 'online and on site'."),
    )

    panels = [
        FieldPanel("metric"),
        FieldPanel("number"),
        FieldPanel("qualifier"),
        FieldPanel("unit"),
        FieldPanel("label"),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.qualifier_text} {self.display_number} {self.display_label}".strip()

    @property
    def display_number(self):
        text = format_number(self.number)
        if not self.unit:
            return text
        return f"{text}{self.unit}" if self.unit == "%" else f"{text} {self.unit}"

    @property
    def qualified_number(self):
        """The number with its qualifier, without the unit: 'more than 1,800'."""
        return f"{self.qualifier_text} {format_number(self.number)}".strip()

    @property
    def qualifier_text(self):
        # Enum lookups: get_FOO_display() rebuilds the whole choices dict on every call.
        if not self.qualifier or self.qualifier not in Qualifier.values:
            return ""
        return Qualifier(self.qualifier).label

    @property
    def display_label(self):
        if self.label:
            return self.label
        return Metric(self.metric).label if self.metric in Metric.values else self.metric


class ScheduleMixin(models.Model):
    """Start and end as aware datetimes (stored UTC), shown in a zone the page chooses."""

    search_date_field = "start"  # the site search dates (and filters by year) by the start

    start = models.DateTimeField(
        _("start"),
        null=True,
        blank=True,
        help_text=_(
            "When it begins. Entered in your admin time zone; visitors see the edition's zone."
        ),
    )
    end = models.DateTimeField(
        _("end"),
        null=True,
        blank=True,
        help_text=_(
            "When it ends. Entered in your admin time zone; visitors see the edition's zone."
        ),
    )
    dates_only = models.BooleanField(
        _("only the dates are known"),
        default=False,
        help_text=_("Show days without clock times (the times are not announced)."),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        validate_end_after_start(self.start, self.end)

    def get_time_zone(self):
        return get_zone(DEFAULT_TIME_ZONE)

    def local_start(self):
        return timezone.localtime(self.start, self.get_time_zone()) if self.start else None

    def local_end(self):
        return timezone.localtime(self.end, self.get_time_zone()) if self.end else None

    def get_status(self, now=None):
        """'upcoming', 'current' or 'past' at `now` (default: this moment); '' if unknown."""
        if not self.start:
            return ""
        now = now or timezone.now()
        if now < self.start:
            return "upcoming"
        if now <= (self.end or self.start):
            return "current"
        return "past"

    @property
    def status(self):
        return self.get_status()

    def display_schedule(self):
        """A human range in the page's zone: '8–10 November 2023' or '8 Nov 2023, 09:00–12:00'."""
        start, end = self.local_start(), self.local_end()
        if not start:
            return ""
        if self.dates_only:
            return day_range(start, end)
        return time_range(start, end)


class ThemedContentMixin(models.Model):
    """Theme (in English and in the original language), lead image and prose body, shared by
    the edition and its parts."""

    theme = models.CharField(
        _("theme"), max_length=500, blank=True, help_text=_("The theme in English.")
    )
    theme_native = models.CharField(
        _("theme (native)"),
        max_length=500,
        blank=True,
        help_text=_("The theme in its original language, e.g. Chinese."),
    )
    lead_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Main picture of the page."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    class Meta:
        abstract = True

    def get_lead_image(self):
        return self.lead_image
