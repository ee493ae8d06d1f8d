"""Honourees and recognitions: plain rows managed in the Wagtail admin, so that listings,
filters, charts, the API and the import/export can query them across years."""

from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal import cache_tags, per_change

from ..queries import HonoureeQuerySet, RecognitionQuerySet


class AwardCategory(Orderable):
    """A category or class of a programme, e.g. "Sincere Collaborator"."""

    programme = ParentalKey(
        "awards.AwardProgramPage",
        on_delete=models.CASCADE,
        related_name="categories",
        verbose_name=_("programme"),
        help_text=_("The programme that uses this category."),
    )
    name = models.CharField(_("name"), max_length=120, help_text=_("Name of the category."))
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=True,
        help_text=_("Used in filter URLs and imports; unique within the programme."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("Who or what the category recognises.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("award category")
        verbose_name_plural = _("award categories")
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "slug"], name="awards_category_unique_slug_per_programme"
            )
        ]

    def __str__(self):
        return self.name


class Honouree(index.Indexed, models.Model):
    """Who was recognised: a shared Person or Organization snippet, with its own public page
    listing every programme and year that recognised it."""

    person = models.OneToOneField(
        "portal.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="honouree",
        help_text=_("Choose a person, or an organisation below (exactly one of the two)."),
    )
    organization = models.OneToOneField(
        "portal.Organization",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="honouree",
        help_text=_("Choose an organisation, or a person above (exactly one of the two)."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=255,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_("The honouree page's address. Made from the name when left empty."),
    )

    objects = HonoureeQuerySet.as_manager()

    panels = [FieldPanel("person"), FieldPanel("organization"), FieldPanel("slug")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        # The public queryset (see HonoureeQuerySet.public) filters on the primary key.
        index.FilterField("id"),
    ]

    class Meta:
        verbose_name = _("honouree")
        verbose_name_plural = _("honourees")
        constraints = [
            models.CheckConstraint(
                condition=(Q(person__isnull=False, organization__isnull=True))
                | (Q(person__isnull=True, organization__isnull=False)),
                name="awards_honouree_person_xor_organization",
                violation_error_message=_("Choose either a person or an organisation."),
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = self._unique_slug(slugify(self.name, allow_unicode=True) or "honouree")
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # The awards index page, found through its table: pages.py imports this module.
        # Kept until a page changes (a publish, move or deletion replaces `nonpage`): a list of
        # honourees (search results) would look it up once per row.
        index_page = per_change.cached(
            "awards-index-page",
            [cache_tags.SITE, cache_tags.NONPAGE],
            Page.objects.live().filter(awardsindexpage__isnull=False).first,
        )
        return self.url_under(index_page.url if index_page else "")

    def url_under(self, index_url):
        """The honouree page's address under the awards index at `index_url`."""
        return f"{index_url}honourees/{self.slug}/" if index_url else ""

    def _unique_slug(self, base):
        slug, n = base[:240], 2
        while Honouree.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            slug, n = f"{base[:240]}-{n}", n + 1
        return slug

    @property
    def subject(self):
        return self.person or self.organization

    @property
    def is_person(self):
        return self.person_id is not None

    @property
    def name(self):
        subject = self.subject
        return subject.name if subject else ""

    @property
    def country(self):
        subject = self.subject
        return subject.country if subject else ""

    @property
    def image(self):
        return self.person.photo if self.person_id else self.organization.logo

    @property
    def description(self):
        return self.person.bio if self.person_id else self.organization.description

    @property
    def website(self):
        return self.subject.website if self.subject else ""

    @property
    def affiliation(self):
        return self.person.organization if self.person_id else None

    @property
    def meta_details(self):
        """Country, affiliation and job title, only those that are known: the page joins
        them with separators, so a missing part leaves no orphan "·"."""
        job_title = self.person.job_title if self.person_id else ""
        parts = [
            self.country.name if self.country else "",
            self.affiliation.name if self.affiliation else "",
            job_title,
        ]
        return [part for part in parts if part]

    def json_ld(self):
        """schema.org Person/Organization of the shared snippet."""
        return self.subject.json_ld()


class Recognition(models.Model):
    """One recognition in one edition: a project, a case, a person or an organisation."""

    edition = models.ForeignKey(
        "awards.AwardEditionPage",
        verbose_name=_("edition"),
        on_delete=models.CASCADE,
        related_name="recognitions",
        help_text=_("The programme's yearly edition that gave this recognition."),
    )
    category = models.ForeignKey(
        AwardCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recognitions",
        help_text=_("One of the programme's categories, if it uses categories."),
    )
    honourees = models.ManyToManyField(
        Honouree,
        verbose_name=_("honourees"),
        blank=True,
        related_name="recognitions",
        help_text=_("Who was recognised. Leave empty for a case or project named only by title."),
    )
    title = models.CharField(
        _("title"),
        max_length=255,
        blank=True,
        help_text=_("Title of the project or case, if the recognition is for one."),
    )
    citation = models.TextField(
        _("citation"), blank=True, help_text=_("Why it was recognised, as announced.")
    )
    country = CountryField(
        _("country"),
        blank=True,
        help_text=_("Country or region the recognition is credited to."),
    )
    rank = models.PositiveIntegerField(
        _("order"),
        default=0,
        help_text=_("Position in the edition's list (rank or announcement order)."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("linked page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional page about the recognised project, e.g. a news article."),
    )
    link_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("linked document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optional document, e.g. the case study."),
    )

    objects = RecognitionQuerySet.as_manager()

    panels = [
        FieldPanel("edition"),
        FieldPanel("category"),
        FieldPanel("honourees"),
        FieldPanel("title"),
        FieldPanel("citation"),
        FieldPanel("country"),
        FieldPanel("rank"),
        FieldPanel("link_page"),
        FieldPanel("link_document"),
    ]

    class Meta:
        ordering = ["edition__year", "rank", "pk"]
        verbose_name = _("recognition")
        verbose_name_plural = _("recognitions")
        indexes = [models.Index(fields=["country"])]

    def __str__(self):
        return self.display_name

    @property
    def honouree_names(self):
        return "; ".join(h.name for h in self.honourees.all())

    @property
    def display_name(self):
        return self.title or self.honouree_names or str(_("Recognition"))

    @property
    def year(self):
        return self.edition.year

    @property
    def category_slug(self):
        return self.category.slug if self.category_id else ""

    @property
    def honouree_type(self):
        kinds = {"person" if h.is_person else "organisation" for h in self.honourees.all()}
        return kinds.pop() if len(kinds) == 1 else ""

    @property
    def country_code(self):
        return self.country.code or ""

    @property
    def category_name(self):
        return self.category.name if self.category_id else ""

    def get_link_url(self):
        if self.link_page_id:
            return self.link_page.url
        if self.link_document_id:
            return self.link_document.url
        return ""
