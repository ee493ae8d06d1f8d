"""The rows of an edition: key figures, highlights ("firsts"), publications and host-city
indicators."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, PageChooserPanel
from wagtail.models import Orderable

from ..choices import Qualifier
from .common import FigureRow, format_number


class KeyFigure(FigureRow):
    page = ParentalKey("events.SummitPage", related_name="key_figures", on_delete=models.CASCADE)

    class Meta(FigureRow.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class Highlight(Orderable):
    """A "first" of the edition, linking to the page it concerns where there is one."""

    page = ParentalKey("events.SummitPage", related_name="highlights", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=255, help_text=_("e.g. 'Museum opens'."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("One or two sentences on what was new.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The page this highlight concerns (an event, an award programme...)."),
    )
    link_url = models.URLField(
        _("external link"), blank=True, help_text=_("Used when no page is chosen.")
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        PageChooserPanel("link_page"),
        FieldPanel("link_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("highlight")
        verbose_name_plural = _("highlights")

    def __str__(self):
        return self.title


class Publication(Orderable):
    """A document released at the edition."""

    page = ParentalKey("events.SummitPage", related_name="publications", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The file to download."),
    )
    title = models.CharField(
        _("title"), max_length=255, blank=True, help_text=_("Defaults to the document's title.")
    )
    publisher = models.CharField(
        _("publisher"), max_length=255, blank=True, help_text=_("Who published it.")
    )
    version = models.CharField(
        _("version"), max_length=32, blank=True, help_text=_("e.g. 4.0 or 2023.")
    )
    published = models.DateField(
        _("date"), null=True, blank=True, help_text=_("Date of release, if known.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the publication covers.")
    )

    panels = [
        FieldPanel("document"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("version"), FieldPanel("published")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.document.title


class HostCityIndicator(Orderable):
    """A figure about the host city: a value before and after, or a described change."""

    page = ParentalKey(
        "events.SummitPage", related_name="host_city_indicators", on_delete=models.CASCADE
    )
    indicator = models.CharField(
        _("indicator"), max_length=255, help_text=_("e.g. 'National high-tech enterprises'.")
    )
    before_value = models.DecimalField(
        _("before"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Value at the start of the period."),
    )
    before_qualifier = models.CharField(
        _("before: qualifier"),
        max_length=16,
        choices=Qualifier.choices,
        blank=True,
        default=Qualifier.EXACT,
        help_text=_("e.g. 'more than' for '40+'."),
    )
    after_value = models.DecimalField(
        _("after"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Value at the end of the period."),
    )
    after_qualifier = models.CharField(
        _("after: qualifier"),
        max_length=16,
        choices=Qualifier.choices,
        blank=True,
        default=Qualifier.EXACT,
        help_text=_("e.g. 'nearly' for 'nearly 700'."),
    )
    unit = models.CharField(_("unit"), max_length=16, blank=True, help_text=_("e.g. '%'."))
    change = models.CharField(
        _("change"),
        max_length=255,
        blank=True,
        help_text=_("The change in words, e.g. 'tenfold' or '+25% a year on average'."),
    )
    before_text = models.CharField(
        _("before (words)"),
        max_length=255,
        blank=True,
        help_text=_("For changes that are not numbers, e.g. the leading industries before."),
    )
    after_text = models.CharField(
        _("after (words)"), max_length=255, blank=True, help_text=_("The same, after.")
    )
    period = models.CharField(
        _("period"), max_length=64, blank=True, help_text=_("e.g. 'over ten years'.")
    )

    panels = [
        FieldPanel("indicator"),
        FieldRowPanel([FieldPanel("before_qualifier"), FieldPanel("before_value")]),
        FieldRowPanel([FieldPanel("after_qualifier"), FieldPanel("after_value")]),
        FieldPanel("unit"),
        FieldPanel("change"),
        FieldRowPanel([FieldPanel("before_text"), FieldPanel("after_text")]),
        FieldPanel("period"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("host city indicator")
        verbose_name_plural = _("host city indicators")

    def __str__(self):
        return self.indicator

    def _display(self, value, qualifier):
        if value is None:
            return ""
        text = format_number(value) + (self.unit if self.unit == "%" else "")
        if self.unit and self.unit != "%":
            text = f"{text} {self.unit}"
        label = dict(Qualifier.choices).get(qualifier) if qualifier else ""
        return f"{label} {text}".strip()

    @property
    def before_display(self):
        return self._display(self.before_value, self.before_qualifier) or self.before_text

    @property
    def after_display(self):
        return self._display(self.after_value, self.after_qualifier) or self.after_text

    @property
    def has_numbers(self):
        return self.before_value is not None and self.after_value is not None

    def bar_widths(self):
        """Percent widths of the before and after bars, each against the larger of the two."""
        if not self.has_numbers:
            return None
        top = max(self.before_value, self.after_value) or 1
        return (
            round(float(self.before_value / top) * 100, 1),
            round(float(self.after_value / top) * 100, 1),
        )
