"""The parts of an edition: sub-forums and events (expo, competition, ceremony...), with their
organisers, speakers, agenda sessions, competition tracks and figures as typed rows."""

from functools import cached_property

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Orderable
from wagtail.search import index

from portal.models import BasePage

from .. import queries, structured_data, views
from ..calendar import CalendarEntry, CalendarPageMixin, make_uid, part_span
from ..choices import KIND_SINGULAR, AttendanceMode, PartKind
from .common import FigureRow, ScheduleMixin, ThemedContentMixin, get_zone
from .common import validate_end_after_start as validate_schedule


class EditionPartPage(
    CalendarPageMixin, RoutablePageMixin, ScheduleMixin, ThemedContentMixin, BasePage
):
    """The fields and behaviour of a part of an edition (its one page type is EventPage)."""

    kind = models.CharField(
        _("kind"),
        max_length=32,
        choices=PartKind.choices,
        default=PartKind.OTHER,
        db_index=True,
        help_text=_(
            "A sub-forum or the sort of event it is; the edition page groups its parts by kind "
            "and shows a sub-forum in the design of a sub-forum."
        ),
    )
    venue = models.ForeignKey(
        "events.Venue",
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty when it is held at the edition's venue."),
    )
    room = models.CharField(
        _("room"), max_length=255, blank=True, help_text=_("Hall or room within the venue.")
    )
    attendance_mode = models.CharField(
        _("format"),
        max_length=16,
        choices=AttendanceMode.choices,
        blank=True,
        help_text=_("Leave empty when it is the same as the edition's."),
    )
    schedule_panel = MultiFieldPanel(
        [
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            FieldPanel("dates_only"),
            FieldPanel("venue"),
            FieldPanel("room"),
            FieldPanel("attendance_mode"),
        ],
        heading=_("When and where"),
        help_text=_("Leave the start empty when it runs through the whole edition."),
    )
    people_panels = [
        InlinePanel("organisers", heading=_("Hosts and organisers"), label=_("Organiser")),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
        InlinePanel("agenda_sessions", heading=_("Agenda"), label=_("Session")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("theme_native"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("start"),
        index.RelatedFields(
            "venue",
            [index.SearchField("name"), index.SearchField("native_name")],
        ),
    ]

    parent_page_types = ["events.SummitPage"]
    subpage_types = []
    is_creatable = False
    search_kind = "events"
    json_ld_type = "Event"

    class Meta:
        verbose_name = _("part of an edition")
        verbose_name_plural = _("parts of editions")

    # --- The edition it belongs to ----------------------------------------------------------
    @cached_property
    def edition(self):
        return queries.edition_of(self)

    def get_time_zone(self):
        if self.venue_id and self.venue.time_zone:
            return get_zone(self.venue.time_zone)
        return self.edition.get_time_zone() if self.edition else get_zone(None)

    @classmethod
    def search_dates(cls, ids):
        return queries.part_search_dates(cls, ids)

    @property
    def effective_start(self):
        return self.start or (self.edition.start if self.edition else None)

    @property
    def effective_end(self):
        if self.start:
            return self.end
        return self.edition.end if self.edition else None

    @property
    def effective_dates_only(self):
        return (
            self.dates_only if self.start else (self.edition.dates_only if self.edition else True)
        )

    def get_status(self, now=None):
        start, end = self.effective_start, self.effective_end
        if not start:
            return ""
        now = now or timezone.now()
        if now < start:
            return "upcoming"
        return "current" if now <= (end or start) else "past"

    @property
    def kind_label(self):
        return KIND_SINGULAR.get(self.kind, self.kind)

    @property
    def runs_whole_edition(self):
        return not self.start

    def display_schedule(self):
        if self.start:
            return super().display_schedule()
        if self.edition:
            return _("During the summit, %(dates)s") % {"dates": self.edition.display_schedule()}
        return ""

    def get_type_social_image(self):
        return self.edition.get_social_image() if self.edition else None

    def get_venue(self):
        return self.venue if self.venue_id else (self.edition.venue if self.edition else None)

    def get_attendance_mode(self):
        if self.attendance_mode:
            return self.attendance_mode
        return self.edition.attendance_mode if self.edition else AttendanceMode.OFFLINE

    def location_text(self):
        venue = self.get_venue()
        parts = [self.room, venue.full_text() if venue else ""]
        return ", ".join(part for part in parts if part)

    # --- Context ----------------------------------------------------------------------------
    def get_context(self, request, *args, **kwargs):
        return views.part_context(self, request, super().get_context(request, *args, **kwargs))

    @cached_property
    def _sessions(self):
        return queries.part_sessions(self)

    def get_sessions(self):
        return self._sessions

    # --- Calendar and structured data -------------------------------------------------------
    def get_calendar_entry(self, request=None, sessions=None):
        sessions = self.get_sessions() if sessions is None else sessions
        start, end, dates_only = part_span(self, sessions)
        if not start:
            return None
        return CalendarEntry(
            uid=make_uid("page", self.pk),
            summary=self.title,
            start=start,
            end=end,
            zone=self.get_time_zone(),
            url=self.get_full_url(request),
            location=self.location_text(),
            description=self.theme or self.listing_summary,
            last_modified=self.last_published_at or self.latest_revision_created_at,
            dates_only=dates_only,
        )

    def get_calendar_entries(self, request=None):
        own = self.get_calendar_entry(request)
        entries = [own] if own else []
        entries += [session.get_calendar_entry(self, request) for session in self.get_sessions()]
        return entries

    def get_json_ld_main(self, request=None):
        return structured_data.part_page(self, request)


class EventPage(EditionPartPage):
    """A part of an edition of any kind: sub-forum, expo, competition, ceremony... Its kind
    picks the template, so a sub-forum keeps a page of its own design."""

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("kind"),
        FieldPanel("theme"),
        FieldPanel("theme_native"),
        EditionPartPage.schedule_panel,
        FieldPanel("lead_image"),
        InlinePanel(
            "figures",
            heading=_("Figures and outcomes"),
            label=_("Figure"),
            help_text=_(
                "Counts a visitor may compare: exhibitors, countries, projects, finalists, "
                "projects signed and their value, jobs..."
            ),
        ),
        InlinePanel("tracks", heading=_("Competition tracks"), label=_("Track")),
        *EditionPartPage.people_panels,
        FieldPanel("body"),
    ]
    parent_page_types = ["events.SummitPage"]
    subpage_types = []
    is_creatable = True
    template = "events/event_page.html"
    sub_forum_template = "events/sub_forum_page.html"

    class Meta:
        verbose_name = _("sub-forum or event")
        verbose_name_plural = _("sub-forums and events")

    def get_template(self, request, *args, **kwargs):
        if self.kind == PartKind.SUB_FORUM:
            return self.sub_forum_template
        return super().get_template(request, *args, **kwargs)


class PartFigure(FigureRow):
    page = ParentalKey(EditionPartPage, related_name="figures", on_delete=models.CASCADE)

    class Meta(FigureRow.Meta):
        verbose_name = _("figure")
        verbose_name_plural = _("figures")


class PartOrganiser(Orderable):
    page = ParentalKey(EditionPartPage, related_name="organisers", on_delete=models.CASCADE)
    organization = models.ForeignKey(
        "portal.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The hosting or organising body."),
    )
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. 'Host' or 'Co-organiser'.")
    )

    panels = [FieldPanel("organization"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("organiser")
        verbose_name_plural = _("organisers")

    def __str__(self):
        return str(self.organization)


class PartSpeaker(Orderable):
    page = ParentalKey(EditionPartPage, related_name="speakers", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The speaker."),
    )
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("e.g. 'Keynote speaker', 'Moderator', 'Panellist'."),
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def __str__(self):
        return str(self.person)


class AgendaSession(ClusterableModel, Orderable):
    page = ParentalKey(EditionPartPage, related_name="agenda_sessions", on_delete=models.CASCADE)
    start = models.DateTimeField(
        _("start"), help_text=_("Entered in your admin time zone; shown in the event's zone.")
    )
    end = models.DateTimeField(
        _("end"), help_text=_("Entered in your admin time zone; shown in the event's zone.")
    )
    title = models.CharField(_("title"), max_length=255, help_text=_("Name of the session."))
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the session is about.")
    )
    room = models.CharField(
        _("room"), max_length=255, blank=True, help_text=_("Defaults to the event's room.")
    )
    speakers = ParentalManyToManyField(
        "portal.Person",
        verbose_name=_("speakers"),
        blank=True,
        related_name="+",
        help_text=_("People speaking in this session."),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("room"),
        FieldPanel("speakers"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("agenda session")
        verbose_name_plural = _("agenda sessions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        validate_schedule(self.start, self.end)

    def local_start(self, zone):
        return timezone.localtime(self.start, zone)

    def local_end(self, zone):
        return timezone.localtime(self.end, zone)

    def get_calendar_entry(self, part, request=None):
        names = ", ".join(person.name for person in self.speakers.all())
        description = "\n".join(line for line in (self.description, names) if line)
        location = ", ".join(p for p in (self.room or part.room, part.location_text()) if p)
        return CalendarEntry(
            uid=make_uid("session", self.pk),
            summary=f"{self.title} ({part.title})",
            start=self.start,
            end=self.end,
            zone=part.get_time_zone(),
            url=part.get_full_url(request),
            location=location,
            description=description,
            last_modified=part.last_published_at or part.latest_revision_created_at,
        )


class CompetitionTrack(Orderable):
    page = ParentalKey(EditionPartPage, related_name="tracks", on_delete=models.CASCADE)
    name = models.CharField(
        _("name"), max_length=255, help_text=_("e.g. 'Artificial intelligence'.")
    )
    project_count = models.PositiveIntegerField(
        _("projects entered"), null=True, blank=True, help_text=_("Entries in this track.")
    )
    finalist_count = models.PositiveIntegerField(
        _("finalists"), null=True, blank=True, help_text=_("Projects of this track in the finals.")
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("What the track covers.")
    )

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("project_count"), FieldPanel("finalist_count")]),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("competition track")
        verbose_name_plural = _("competition tracks")

    def __str__(self):
        return self.name
