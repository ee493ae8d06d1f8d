"""Live coverage of a summit day: the page (standfirst, status, coverage window) and its
stream of updates. Updates are plain rows with a foreign key to the page, not page revisions:
an editor posts one from the page's admin view (admin_views.py) and it is public at once."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.search import index

from events.models.common import get_zone
from portal.models import BasePage

from . import feeds, queries, structured_data, views
from .choices import CoverageStatus

UPDATE_FEATURES = ["bold", "italic", "link"]


class LiveCoveragePage(RoutablePageMixin, BasePage):
    """A day (or an event) covered as it happens, under an edition or one of its parts."""

    standfirst = models.TextField(
        _("standfirst"),
        blank=True,
        help_text=_("One or two sentences above the stream: what is being covered."),
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=CoverageStatus.choices,
        default=CoverageStatus.UPCOMING,
        help_text=_(
            "Upcoming: announced, no updates yet. Live: visitors' pages fetch new updates. "
            "Ended: the page reads as an archive."
        ),
    )
    coverage_start = models.DateTimeField(
        _("coverage starts"),
        null=True,
        blank=True,
        help_text=_("Entered in your admin time zone; shown in the event's zone."),
    )
    coverage_end = models.DateTimeField(
        _("coverage ends"),
        null=True,
        blank=True,
        help_text=_("Leave empty while the coverage goes on."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("coverage_start"), FieldPanel("coverage_end")]),
            ],
            heading=_("Coverage"),
        ),
        HelpPanel(
            content=_(
                "The updates are not part of this form: post, correct and delete them with "
                "the “Live updates” button at the top of this page's admin view."
            )
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("standfirst")]

    parent_page_types = ["events.SummitPage", "events.EventPage"]
    subpage_types = []
    template = "live/live_coverage_page.html"
    json_ld_type = "LiveBlogPosting"
    search_kind = "news"

    class Meta:
        verbose_name = _("live coverage")
        verbose_name_plural = _("live coverage pages")

    def clean(self):
        super().clean()
        if self.coverage_start and self.coverage_end and self.coverage_end < self.coverage_start:
            raise ValidationError({"coverage_end": _("The coverage cannot end before it starts.")})

    @property
    def is_live(self):
        return self.status == CoverageStatus.LIVE

    @property
    def is_archive(self):
        return self.status == CoverageStatus.ENDED

    def get_time_zone(self):
        """The zone of the event covered: the parent part's or edition's (one query)."""
        zone = getattr(self, "_time_zone", None)
        if zone is None:
            parent = self.get_parent()
            parent = parent.specific if parent else None
            getter = getattr(parent, "get_time_zone", None)
            zone = self._time_zone = getter() if getter else get_zone(None)
        return zone

    def get_updates(self):
        updates = getattr(self, "_updates", None)
        if updates is None:
            updates = self._updates = list(queries.updates_of(self))
        return updates

    def get_description_fallback(self):
        return self.standfirst

    def get_alternate_links(self, request=None):
        base = self.get_url(request) or ""
        return [
            (
                "application/rss+xml",
                _("%(title)s: RSS") % {"title": self.title},
                base + "feed/rss/",
            ),
            (
                "application/atom+xml",
                _("%(title)s: Atom") % {"title": self.title},
                base + "feed/atom/",
            ),
        ]

    def get_json_ld_main(self, request=None):
        return structured_data.live_blog_posting(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(views.page_context(self, request))
        return context

    # --- Routes ---------------------------------------------------------------------------
    @path("")
    def coverage(self, request):
        return self.render(request)

    @path("updates/")
    def updates_endpoint(self, request):
        return views.updates_endpoint(self, request)

    @path("feed/rss/")
    def rss_feed(self, request):
        return feeds.LiveRssFeed(self)(request)

    @path("feed/atom/")
    def atom_feed(self, request):
        return feeds.LiveAtomFeed(self)(request)


class LiveUpdate(models.Model):
    """One timestamped entry of the stream."""

    page = models.ForeignKey(
        LiveCoveragePage,
        verbose_name=_("coverage page"),
        on_delete=models.CASCADE,
        related_name="updates",
    )
    posted_at = models.DateTimeField(
        _("posted at"),
        db_index=True,
        help_text=_("When it happened; now unless you correct it. Shown in the event's zone."),
    )
    author = models.ForeignKey(
        "portal.Person",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The reporter who writes the update."),
    )
    text = RichTextField(
        _("text"), features=UPDATE_FEATURES, help_text=_("What happened, in a few sentences.")
    )
    image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional photo; its alt text and credit come from the image library."),
    )
    quote = models.TextField(_("quote"), blank=True, help_text=_("Optional words of a speaker."))
    quote_by = models.CharField(
        _("quote by"), max_length=255, blank=True, help_text=_("Who said it, and their role.")
    )
    figure_value = models.CharField(
        _("key figure"),
        max_length=64,
        blank=True,
        help_text=_("Optional number to stand out, e.g. “70+” or “100 billion yuan”."),
    )
    figure_label = models.CharField(
        _("key figure label"),
        max_length=255,
        blank=True,
        help_text=_("What the figure counts, e.g. “projects signed”."),
    )
    embed_url = models.URLField(
        _("embed URL"),
        blank=True,
        help_text=_("Optional link to a video or post, shown as a link (no third-party script)."),
    )
    is_key = models.BooleanField(
        _("key update"),
        default=False,
        help_text=_("Key updates are also listed in the summary at the top of the page."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("live update")
        verbose_name_plural = _("live updates")
        ordering = ["-posted_at", "-pk"]
        indexes = [models.Index(fields=["page", "-posted_at"], name="live_update_page_posted")]

    def __str__(self):
        return f"{self.page_id} @ {self.posted_at:%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if bool(self.figure_value) != bool(self.figure_label):
            raise ValidationError(
                {"figure_label": _("Give the key figure and its label together, or neither.")}
            )

    @property
    def anchor(self):
        return f"update-{self.pk}"

    @property
    def was_corrected(self):
        return (self.updated_at - self.created_at).total_seconds() > 60
