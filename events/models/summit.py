"""The series (SummitIndexPage) and one edition of it (SummitPage); the edition's rows are in
edition_rows.py."""

from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.admin_actions import PageActionsPanel
from portal.models import BasePage
from portal.year_slug import YearSlugPageForm

from .. import queries, structured_data, views
from ..calendar import CalendarEntry, CalendarPageMixin, make_uid
from ..choices import AttendanceMode
from .common import (
    DEFAULT_TIME_ZONE,
    ScheduleMixin,
    ThemedContentMixin,
    get_zone,
    validate_time_zone,
)


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

    def get_context(self, request, *args, **kwargs):
        return views.series_context(self, super().get_context(request, *args, **kwargs))


class SummitPage(CalendarPageMixin, RoutablePageMixin, ScheduleMixin, ThemedContentMixin, BasePage):
    """/summits/<year>/: one edition of the summit."""

    edition_number = models.PositiveSmallIntegerField(
        _("edition number"), help_text=_("1 for the first edition, 10 for the tenth.")
    )
    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The edition's year; it is also its address.")
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
    organiser = models.ForeignKey(
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
        PageActionsPanel(),  # e.g. "Draft a recap article", offered by the news app
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
        FieldPanel("organiser"),
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

    base_form_class = YearSlugPageForm  # the slug defaults to the year: /summits/2024/
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
        # One edition a year in each language: a translation shares its year.
        same_year = SummitPage.objects.filter(year=self.year, locale_id=self.locale_id)
        if self.year and same_year.exclude(pk=self.pk).exists():
            raise ValidationError({"year": _("There is already an edition of that year.")})
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
        series = getattr(self, "series", None) or queries.series_of(self, "native_name")
        if series:
            names.append(series.native_name)
        return " ".join(name for name in names if name)

    # --- Parts, routes and context ----------------------------------------------------------
    @cached_property
    def parts(self):
        return queries.edition_parts(self)

    @cached_property
    def sessions(self):
        return queries.edition_sessions(self.parts)

    @path("")
    def index_route(self, request):
        return views.edition_programme(self, request)

    def get_context(self, request, *args, **kwargs):
        return views.edition_context(self, request, super().get_context(request, *args, **kwargs))

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
        sessions_of = {pk: [] for pk in parts}
        for session in self.sessions:
            sessions_of[session.page_id].append(session)
        for part in self.parts:
            entry = part.get_calendar_entry(request, sessions=sessions_of[part.pk])
            if entry:
                entries.append(entry)
        for session in self.sessions:
            entries.append(session.get_calendar_entry(parts[session.page_id], request))
        return entries

    def get_json_ld_main(self, request=None):
        return structured_data.edition_page(self, super().get_json_ld_main(request), request)
