"""The series (SummitIndexPage) and one edition of it (SummitPage), with the edition's rows:
key figures, highlights, publications and host-city indicators."""

import datetime as dt
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import BasePage

from ..calendar import CalendarEntry, CalendarPageMixin, make_uid
from ..charts import editions_charts
from ..choices import SCHEMA_ATTENDANCE, AttendanceMode, PartKind, Qualifier
from ..forms import ProgrammeFilterForm
from .common import (
    DEFAULT_TIME_ZONE,
    FigureRow,
    ScheduleMixin,
    ThemedContentMixin,
    format_number,
    get_zone,
    validate_time_zone,
)
from .parts import AgendaSession, EditionPartPage


class SummitIndexPage(BasePage):
    """/summits/: the series and all its editions, newest first."""

    series_name = models.CharField(
        _("series name"),
        max_length=255,
        blank=True,
        help_text=_("e.g. World Internet Conference Wuzhen Summit. Defaults to the title."),
    )
    native_name = models.CharField(
        _("native name"),
        max_length=255,
        blank=True,
        help_text=_("The series' name in its own script, e.g. 世界互联网大会."),
    )
    first_year = models.PositiveSmallIntegerField(
        _("first year"), null=True, blank=True, help_text=_("Year of the first edition.")
    )
    intro = RichTextField(
        _("description"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("What the series is, shown above the list of editions."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("series_name"), FieldPanel("native_name")]),
        FieldPanel("first_year"),
        FieldPanel("intro"),
        HelpPanel(
            content=_(
                "This page lists its editions by itself, newest first, with a chart of their "
                "key figures. Add one edition page per year under it."
            )
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("series_name"),
        index.SearchField("native_name"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.SummitPage"]
    max_count = 1
    search_kind = "events"
    json_ld_type = "CollectionPage"

    class Meta:
        verbose_name = _("summit series")

    def get_editions(self):
        return list(
            SummitPage.objects.child_of(self)
            .live()
            .public()
            .select_related("venue", "lead_image")
            .prefetch_related("key_figures")
            .defer_streamfields()
            .order_by("-year")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        editions = self.get_editions()
        for edition in editions:
            edition.series = self
        context["editions"] = editions
        context["featured_edition"] = pick_featured(editions)
        context["charts"] = editions_charts(editions)
        return context


def pick_featured(editions, now=None):
    """The current edition, else the next upcoming one, else the latest past one."""
    now = now or timezone.now()
    dated = [edition for edition in editions if edition.start]
    current = [e for e in dated if e.get_status(now) == "current"]
    if current:
        return current[0]
    upcoming = sorted((e for e in dated if e.get_status(now) == "upcoming"), key=lambda e: e.start)
    if upcoming:
        return upcoming[0]
    past = sorted(dated, key=lambda e: e.start, reverse=True)
    return past[0] if past else (editions[0] if editions else None)


class SummitPage(CalendarPageMixin, RoutablePageMixin, ScheduleMixin, ThemedContentMixin, BasePage):
    """/summits/<year>/: one edition of the summit."""

    edition_number = models.PositiveSmallIntegerField(
        _("edition number"), help_text=_("1 for the first edition, 10 for the tenth.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), unique=True, help_text=_("The edition's year; it is also its address.")
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("IANA time zone the edition's times are shown in, e.g. Asia/Shanghai."),
    )
    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Main venue of the edition."),
    )
    attendance_mode = models.CharField(
        _("format"),
        max_length=16,
        choices=AttendanceMode.choices,
        default=AttendanceMode.OFFLINE,
        help_text=_("Whether people take part on site, online, or both."),
    )
    organizer = models.ForeignKey(
        "portal.Organization",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The organisation that holds the edition."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("A short paragraph shown under the theme.")
    )
    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("edition_number"), FieldPanel("year")]),
        FieldPanel("theme"),
        FieldPanel("theme_native"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("dates_only"),
                FieldPanel("time_zone"),
                FieldPanel("venue"),
                FieldPanel("attendance_mode"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("organizer"),
        FieldPanel("summary"),
        FieldPanel("lead_image"),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("Key figure")),
        InlinePanel("highlights", heading=_("Highlights (firsts)"), label=_("Highlight")),
        InlinePanel("publications", heading=_("Publications"), label=_("Publication")),
        InlinePanel(
            "host_city_indicators",
            heading=_("Host city figures"),
            label=_("Indicator"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("theme_native"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("get_native_names"),
        index.RelatedFields(
            "venue",
            [
                index.SearchField("name"),
                index.SearchField("native_name"),
                index.SearchField("town"),
                index.SearchField("town_native"),
                index.SearchField("city"),
                index.SearchField("city_native"),
                index.SearchField("region_native"),
            ],
        ),
        index.FilterField("year"),
    ]

    parent_page_types = ["events.SummitIndexPage"]
    subpage_types = ["events.EventPage"]
    search_kind = "events"
    json_ld_type = "Event"
    og_type = "website"

    class Meta:
        verbose_name = _("summit edition")
        verbose_name_plural = _("summit editions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if not self.start or not self.end:
            raise ValidationError({"start": _("An edition needs its start and end.")})
        if self.year and self.slug and self.slug != str(self.year):
            raise ValidationError(
                {
                    "slug": _("An edition's address is its year: use “%(year)s”.")
                    % {"year": self.year}
                }
            )

    def get_time_zone(self):
        return get_zone(self.time_zone)

    def get_native_names(self):
        """Native names of the edition, its venue and its series, for the site search."""
        names = [self.theme_native]
        if self.venue_id:
            names.append(self.venue.native_text())
        series = getattr(self, "series", None) or (
            SummitIndexPage.objects.ancestor_of(self).only("native_name").first()
        )
        if series:
            names.append(series.native_name)
        return " ".join(name for name in names if name)

    # --- Parts -----------------------------------------------------------------------------
    @cached_property
    def parts(self):
        parts = list(
            EditionPartPage.objects.child_of(self)
            .live()
            .public()
            .select_related("venue")
            .prefetch_related("figures")
            .defer_streamfields()
            .order_by("start", "path")
        )
        for part in parts:
            part.edition = self
        return parts

    @cached_property
    def sessions(self):
        return list(
            AgendaSession.objects.filter(page__in=[part.pk for part in self.parts])
            .prefetch_related("speakers")
            .order_by("start", "sort_order")
        )

    def parts_by_kind(self, parts=None):
        order = {kind: position for position, kind in enumerate(PartKind.values)}
        groups = {}
        for part in parts if parts is not None else self.parts:
            groups.setdefault(part.kind, []).append(part)
        return [
            (kind, PartKind(kind).label, items)
            for kind, items in sorted(groups.items(), key=lambda item: order.get(item[0], 99))
        ]

    def filter_parts(self, kind=None, day=None):
        parts = self.parts
        if kind:
            parts = [part for part in parts if part.kind == kind]
        if day:
            zone = self.get_time_zone()
            day_start = dt.datetime.combine(day, dt.time.min, zone)
            day_end = day_start + dt.timedelta(days=1)
            parts = [
                part
                for part in parts
                if part.effective_start < day_end
                and (part.effective_end or part.effective_start) >= day_start
            ]
        return parts

    # --- Routes ----------------------------------------------------------------------------
    @path("")
    def index_route(self, request):
        form = ProgrammeFilterForm(request.GET or None, edition=self)
        kind = day = None
        status = 200
        if form.is_bound:
            if form.is_valid():
                kind, day = form.cleaned_data["kind"], form.cleaned_data["day"]
            else:
                status = 400
        parts = self.filter_parts(kind=kind, day=day) if status == 200 else []
        response = self.render(
            request,
            context_overrides={
                "programme_form": form,
                "programme": self.parts_by_kind(parts),
                "is_filtered": bool(kind or day) or status == 400,
            },
        )
        response.status_code = status
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["key_figures"] = list(self.key_figures.all())
        context["highlights"] = list(self.highlights.select_related("link_page"))
        context["publications"] = list(self.publications.select_related("document"))
        context["host_city_indicators"] = list(self.host_city_indicators.all())
        context["calendar_links"] = self.get_calendar_links(request)
        context.setdefault("programme", self.parts_by_kind())
        return context

    # --- Calendar and structured data ------------------------------------------------------
    def location_text(self):
        return self.venue.full_text() if self.venue_id else ""

    def get_calendar_entry(self, request=None):
        if not self.start:
            return None
        return CalendarEntry(
            uid=make_uid("page", self.pk),
            summary=self.title,
            start=self.start,
            end=self.end,
            zone=self.get_time_zone(),
            url=self.get_full_url(request),
            location=self.location_text(),
            description=self.theme or self.get_meta_description(),
            last_modified=self.last_published_at or self.latest_revision_created_at,
            dates_only=self.dates_only,
        )

    def get_calendar_entries(self, request=None):
        own = self.get_calendar_entry(request)
        entries = [own] if own else []
        parts = {part.pk: part for part in self.parts}
        for part in self.parts:
            entry = part.get_calendar_entry(request)
            if entry:
                entries.append(entry)
        for session in self.sessions:
            entries.append(session.get_calendar_entry(parts[session.page_id], request))
        return entries

    def json_ld_location(self, request=None):
        locations = []
        if self.venue_id:
            locations.append(self.venue.json_ld())
        if self.attendance_mode != AttendanceMode.OFFLINE:
            locations.append({"@type": "VirtualLocation", "url": self.get_full_url(request)})
        return locations[0] if len(locations) == 1 else locations

    def get_json_ld_main(self, request=None):
        data = super().get_json_ld_main(request)
        data["eventStatus"] = "https://schema.org/EventScheduled"
        data["eventAttendanceMode"] = SCHEMA_ATTENDANCE[self.attendance_mode]
        if self.start:  # always set once published; a draft preview may lack it
            data["startDate"] = self.local_start().isoformat()
        if self.end:
            data["endDate"] = self.local_end().isoformat()
        location = self.json_ld_location(request)
        if location:
            data["location"] = location
        if self.organizer_id:
            data["organizer"] = self.organizer.json_ld()
        if self.theme:
            data["about"] = self.theme
        image = self.get_social_image()
        if image:
            rendition = image.get_rendition("fill-1200x630|format-jpeg")
            data["image"] = rendition.full_url
        data["subEvent"] = [part.json_ld_event(request) for part in self.parts]
        return data


class KeyFigure(FigureRow):
    page = ParentalKey(SummitPage, related_name="key_figures", on_delete=models.CASCADE)

    class Meta(FigureRow.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")


class Highlight(Orderable):
    """A "first" of the edition, linking to the page it concerns where there is one."""

    page = ParentalKey(SummitPage, related_name="highlights", on_delete=models.CASCADE)
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

    page = ParentalKey(SummitPage, related_name="publications", on_delete=models.CASCADE)
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

    page = ParentalKey(SummitPage, related_name="host_city_indicators", on_delete=models.CASCADE)
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
