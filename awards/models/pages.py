"""Award pages: the index (/awards/), a programme (/awards/<programme>/) and its yearly
editions (/awards/<programme>/<year>/)."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
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
from wagtail.search import index

from events.models import SummitPage
from portal import per_change
from portal.models import BasePage
from portal.year_slug import YearSlugPageForm

from .. import edition_counts, kept, listing, structured_data, views
from ..queries import AwardEditionManager
from .records import AwardCategory, Honouree, Recognition

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class AwardsIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("A short introduction above the list of programmes."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        HelpPanel(
            _(
                "This page lists the award programmes below it with their latest edition, "
                "and serves every honouree's page at honourees/<slug>/."
            )
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["awards.AwardProgramPage"]
    max_count = 1
    search_kind = "awards"
    json_ld_type = "CollectionPage"

    class Meta:
        verbose_name = _("awards index page")

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return views.cap_cache_to(response, next_announcement())

    @classmethod
    def current_url(cls, request=None):
        """The address of the live awards index, under which honourees have their pages."""
        index_page = kept.index_page(cls)
        return index_page.get_url(request) if index_page else ""

    def get_programmes(self):
        """The live programmes, each with its `latest_edition` (or None)."""
        programmes = list(
            AwardProgramPage.objects.child_of(self)
            .live()
            .public()
            .select_related("lead_image")
            .order_by("path")
        )
        latest = AwardEditionPage.objects.latest_by_programme(programmes)
        for programme in programmes:
            programme.latest_edition = latest.get(programme.pk)
        return programmes

    @path("")
    def index_route(self, request):
        return views.programmes(request, self, self.get_programmes())

    @path("recognitions/", name="recognitions")
    def recognitions_route(self, request):
        programmes = AwardProgramPage.objects.child_of(self).live().public()
        context = listing_context(
            request,
            self,
            Recognition.objects.public().under(self),
            listing.ALL_FIELDS,
            programmes=programmes,
            categories=AwardCategory.objects.filter(programme__in=programmes),
        )
        return views.recognitions(request, self, context)

    @path("honourees/<str:slug>/", name="honouree")
    def honouree_route(self, request, slug):
        honouree = Honouree.objects.public().with_details().filter(slug=slug).first()
        if honouree is None:
            raise Http404(_("No such honouree."))
        recognitions = Recognition.objects.public().with_programme().for_listing()
        return views.honouree_page(request, self, honouree, recognitions.filter(honourees=honouree))

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        for slug in Honouree.objects.public().values_list("slug", flat=True):
            urls.append({"location": base + self.reverse_subpage("honouree", args=[slug])})
        return urls


class AwardPage(BasePage):
    """What programme and edition pages share: a lead image, the "awards" search kind and
    a cache lifetime that ends with the next embargo."""

    lead_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Picture shown at the top of the page and on cards."),
    )

    search_kind = "awards"

    class Meta:
        abstract = True

    def get_lead_image(self):
        return self.lead_image

    def kept_value(self, request, name, compute):
        """compute(), kept until the page changes and at most until the next embargo ends."""
        return kept.for_page(self, request, name, compute, AwardEditionPage.objects)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        return views.cap_cache_to(response, next_announcement())


class AwardProgramPage(AwardPage):
    short_name = models.CharField(
        _("short name"),
        max_length=80,
        blank=True,
        help_text=_("Shorter name for tables and charts, e.g. 'Leading Technology Award'."),
    )
    description = RichTextField(
        _("description"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the programme recognises and why it exists."),
    )
    eligibility = RichTextField(
        _("eligibility"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Who or what can be recognised."),
    )
    first_year = models.PositiveSmallIntegerField(
        _("first year"),
        null=True,
        blank=True,
        help_text=_("The year the programme was first awarded."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("first_year")]),
        FieldPanel("lead_image"),
        FieldPanel("description"),
        FieldPanel("eligibility"),
        InlinePanel("categories", heading=_("Categories"), label=_("Category")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("eligibility"),
    ]

    parent_page_types = ["awards.AwardsIndexPage"]
    subpage_types = ["awards.AwardEditionPage"]
    json_ld_type = "CollectionPage"

    class Meta:
        verbose_name = _("award programme page")

    def get_display_name(self):
        return self.short_name or self.title

    def get_editions(self):
        return list(AwardEditionPage.objects.child_of(self).live().public().order_by("-year"))

    def get_json_ld_main(self, request=None):
        """A collection page whose main entity is the list of honourees, each a schema.org
        Person or Organization with its `award`."""
        data = super().get_json_ld_main(request)
        shown, index_url = self._shown_with(request), AwardsIndexPage.current_url(request)
        data["mainEntity"] = structured_data.honourees_item_list(
            shown["json_ld_newest"], index_url, request, total=shown["json_ld_total"]
        )
        return data

    def _shown_with(self, request):
        """What kept.programme_shown says, kept until a change or the next embargo."""
        if "_shown" not in self.__dict__:
            public = Recognition.objects.public().under(self)
            compute = lambda: kept.programme_shown(self, public)  # noqa: E731
            self._shown = self.kept_value(request, "programme-page", compute)
        return self._shown

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = self._shown_with(request)
        context["editions"] = shown["editions"]
        context["categories"] = shown["categories"]
        recognitions = Recognition.objects.public().under(self)
        categories = AwardCategory.objects.filter(programme=self)
        fields = listing.PROGRAMME_FIELDS
        context.update(listing_context(request, self, recognitions, fields, categories=categories))
        if not context["active_filters"]:
            context["listing_notes"] = edition_counts.programme_notes(
                context["editions"], shown["listed"]
            )
        return context


class AwardEditionPage(AwardPage):
    search_date_field = "ceremony_time"  # dated by the ceremony in the site search

    year = models.PositiveSmallIntegerField(
        _("year"), help_text=_("The year of this edition; also its address, e.g. 2023.")
    )
    summit = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("summit edition"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The summit edition where the awards were presented."),
    )
    ceremony_time = models.DateTimeField(
        _("ceremony time"),
        null=True,
        blank=True,
        help_text=_("When the awards were presented (in the site's time zone)."),
    )
    announcement_time = models.DateTimeField(
        _("announcement time"),
        null=True,
        blank=True,
        help_text=_(
            "Embargo: the recognitions stay hidden from the public site, feeds, search, "
            "sitemap and API until this time. Leave empty to show them as soon as the page "
            "is published."
        ),
    )
    announcement = RichTextField(
        _("announcement"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Text of the announcement of the results."),
    )
    nominations_count = models.PositiveIntegerField(
        _("nominations"), null=True, blank=True, help_text=_("Number of nominations received.")
    )
    projects_count = models.PositiveIntegerField(
        _("recognised projects or cases"),
        null=True,
        blank=True,
        help_text=_("Number of projects or cases recognised."),
    )
    people_count = models.PositiveIntegerField(
        _("recognised people"),
        null=True,
        blank=True,
        help_text=_("Number of people recognised, e.g. the size of a cohort."),
    )
    countries_count = models.PositiveIntegerField(
        _("countries and regions"),
        null=True,
        blank=True,
        help_text=_("Number of countries and regions the recognitions come from."),
    )
    counts_note = models.CharField(
        _("note on the figures"),
        max_length=255,
        blank=True,
        help_text=_("A short qualifier shown with the figures, e.g. 'on 5 continents'."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("ceremony_time")]),
        PageChooserPanel("summit", page_type=SummitPage),
        MultiFieldPanel(
            [FieldPanel("announcement_time"), FieldPanel("announcement")],
            heading=_("Announcement and embargo"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("nominations_count"), FieldPanel("projects_count")]),
                FieldRowPanel([FieldPanel("people_count"), FieldPanel("countries_count")]),
                FieldPanel("counts_note"),
            ],
            heading=_("Figures"),
        ),
        FieldPanel("lead_image"),
        HelpPanel(
            _(
                "The recognitions of this edition are managed under Awards › Recognitions, "
                "or imported from a CSV/XLSX file there."
            )
        ),
    ]
    # The announcement text is left out of the search index: it may describe results that
    # are still under embargo.
    search_fields = BasePage.search_fields

    objects = AwardEditionManager()
    base_form_class = YearSlugPageForm  # the slug defaults to the year: /awards/<programme>/2024/

    parent_page_types = ["awards.AwardProgramPage"]
    subpage_types = []
    json_ld_type = "WebPage"

    class Meta:
        verbose_name = _("award edition page")

    def __str__(self):
        return self.title

    def full_clean(self, *args, **kwargs):
        if self.year and not self.slug:
            self.slug = str(self.year)
        super().full_clean(*args, **kwargs)

    def is_embargoed(self, now=None):
        return bool(self.announcement_time and self.announcement_time > (now or timezone.now()))

    def get_figures(self):
        figures = [
            (self.nominations_count, _("nominations")),
            (self.projects_count, _("projects and cases recognised")),
            (self.people_count, _("people recognised")),
            (self.countries_count, _("countries and regions")),
        ]
        return [{"value": value, "label": label} for value, label in figures if value]

    def get_json_ld_main(self, request=None):
        """An Event (the ceremony) when its time is known, a web page otherwise."""
        return structured_data.edition_main(self, super().get_json_ld_main(request))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programme = self.get_parent().specific
        context["programme"] = programme
        context["embargoed"] = self.is_embargoed()
        # Kept until the edition or its summit (which it references) changes.
        shown = self.kept_value(request, "award-edition", lambda: kept.edition_shown(self))
        per_change.set_related(self, shown, "lead_image")
        context["summit_page"] = shown["summit"]
        recognitions = Recognition.objects.public().filter(edition=self)
        categories = AwardCategory.objects.filter(programme_id=programme.pk)
        fields = listing.EDITION_FIELDS
        context.update(listing_context(request, self, recognitions, fields, categories=categories))
        if not context["active_filters"]:  # unfiltered, the count is the edition's whole list
            note = edition_counts.listing_note(self, context["recognition_count"])
            context["listing_notes"] = [note] if note else []
        return context

    def get_sitemap_urls(self, request=None):
        """Embargoed editions are left out of the sitemap until their announcement."""
        if self.is_embargoed():
            return []
        return super().get_sitemap_urls(request)


def next_announcement():
    return kept.next_announcement(AwardEditionPage.objects)


def listing_context(request, page, recognitions, fields, **lookups):
    index_url, editions = AwardsIndexPage.current_url(request), AwardEditionPage.objects
    return kept.listing_context(
        request, recognitions, fields, index_url=index_url, editions=editions, page=page, **lookups
    )
