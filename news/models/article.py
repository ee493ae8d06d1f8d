"""A news article: a recap or report, with its source outlet, bylines and related pages."""

import math
import re
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, Q
from django.templatetags.static import static
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Site
from wagtail.search import index

from comments.models import CommentableMixin
from news.blocks import ArticleBodyBlock
from news.panels import InstalledPageChooserPanel
from portal.json_ld import absolute_url
from portal.models import BasePage, CustomImage, SiteBranding

SUMMIT_PAGE_TYPES = ["events.SummitPage"]
RELATED_PAGE_TYPES = [
    "events.SummitPage",
    "events.EventPage",
    "awards.AwardProgramPage",
    "awards.AwardEditionPage",
]
WORDS_PER_MINUTE = 220
CJK_CHARS_PER_MINUTE = 400
RESERVED_SLUGS = {"tag", "source", "channel", "summit", "feed"}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _iso(value):
    """ISO 8601 in the site's time zone (e.g. 2023-11-11T02:52:32+08:00)."""
    return timezone.localtime(value).isoformat()


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleAuthor(Orderable):
    """A byline: a person and what they did for the article, in the order shown."""

    class Role(models.TextChoices):
        REPORTER = "reporter", _("Reporter")
        EDITOR = "editor", _("Editor")
        PHOTOGRAPHER = "photographer", _("Photographer")

    article = ParentalKey("news.ArticlePage", on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(
        "portal.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="news_bylines",
        help_text=_("Choose or create the person in People."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.REPORTER,
        help_text=_("What the person did for this article."),
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"


class ArticleRelatedPage(Orderable):
    """A sub-forum, event or award page the article is about (the summit has its own field)."""

    article = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="related_page_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A sub-forum, event, award programme or award edition page."),
    )

    panels = [InstalledPageChooserPanel("page", page_type=RELATED_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class ArticlePage(CommentableMixin, BasePage):
    standfirst = models.TextField(
        _("standfirst"),
        blank=True,
        help_text=_("The one- or two-sentence summary under the headline."),
    )
    dateline_place = models.CharField(
        _("dateline place"),
        max_length=120,
        blank=True,
        help_text=_("Where the story was filed, e.g. 'Wuzhen'."),
    )
    dateline_date = models.DateField(
        _("dateline date"),
        null=True,
        blank=True,
        help_text=_("The day in the dateline, e.g. 10 November 2023 for 'Wuzhen, November 10'."),
    )
    published_at = models.DateTimeField(
        _("first published"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "When the article was first published, in the site's time zone. Leave empty to "
            "use the moment it is first published here."
        ),
    )
    updated_at = models.DateTimeField(
        _("updated"),
        null=True,
        blank=True,
        help_text=_("Set when the article was substantially updated or corrected."),
    )
    source = models.ForeignKey(
        "news.Source",
        verbose_name=_("source outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The outlet that wrote the story."),
    )
    is_republication = models.BooleanField(
        _("republication"),
        default=False,
        help_text=_(
            "Tick when the article was first published by the source outlet and is "
            "republished here: the page then credits it as 'originally published by'."
        ),
    )
    original_url = models.URLField(
        _("original URL"),
        max_length=500,
        blank=True,
        help_text=_(
            "Address of the original publication. Used as the canonical URL of a republication."
        ),
    )
    channel = models.ForeignKey(
        "news.Channel",
        verbose_name=_("channel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
        help_text=_("The section or channel that carries the article."),
    )
    lead_image = models.ForeignKey(
        "portal.CustomImage",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The main picture, shown under the headline and in feeds."),
    )
    lead_image_caption = models.CharField(
        _("lead image caption"),
        max_length=255,
        blank=True,
        help_text=_("What the picture shows."),
    )
    lead_image_credit = models.CharField(
        _("lead image credit"),
        max_length=255,
        blank=True,
        help_text=_("Overrides the image's own credit line."),
    )
    body = StreamField(ArticleBodyBlock(), blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=ArticleTag, blank=True, verbose_name=_("tags"), help_text=_("Topics of the story.")
    )
    related_summit = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("related summit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The summit edition the article reports on."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("standfirst"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("dateline_place"), FieldPanel("dateline_date")]),
                FieldRowPanel([FieldPanel("published_at"), FieldPanel("updated_at")]),
            ],
            heading=_("Dateline and times"),
        ),
        InlinePanel("authors", label=_("Authors"), heading=_("Bylines")),
        MultiFieldPanel(
            [
                FieldPanel("source"),
                FieldPanel("is_republication"),
                FieldPanel("original_url"),
                FieldPanel("channel"),
            ],
            heading=_("Source and channel"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_caption"),
                FieldPanel("lead_image_credit"),
            ],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                InstalledPageChooserPanel("related_summit", page_type=SUMMIT_PAGE_TYPES),
                InlinePanel("related_page_links", label=_("Related page")),
            ],
            heading=_("Related summit, forums and awards"),
        ),
    ]
    settings_panels = [*BasePage.settings_panels, *CommentableMixin.comments_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
        index.FilterField("published_at"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("source", [index.SearchField("name")]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    json_ld_type = "NewsArticle"
    search_kind = "news"
    search_date_field = "published_at"  # the search dates an article by its first publication
    og_type = "article"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    # --- Saving ---------------------------------------------------------------------------
    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS or re.fullmatch(r"\d{4}", self.slug or ""):
            raise ValidationError(
                {"slug": _("This address is used by the news listing; choose another slug.")}
            )

    def save(self, *args, **kwargs):
        if self.published_at is None and self.live:
            self.published_at = self.first_published_at or timezone.now()
        return super().save(*args, **kwargs)

    # --- Querysets ------------------------------------------------------------------------
    @classmethod
    def listing_queryset(cls):
        """Live, public articles with what a card needs, in a fixed number of queries."""
        images = CustomImage.objects.prefetch_renditions()
        return (
            cls.objects.live()
            .public()
            .defer_streamfields()
            .select_related("source", "channel")
            .prefetch_related(
                Prefetch("lead_image", queryset=images),
                Prefetch("listing_image", queryset=images),
            )
            .order_by("-published_at", "-pk")
        )

    @staticmethod
    def pointing_at_q(page):
        """Condition: the article's related summit or related pages include `page`."""
        return Q(related_summit=page) | Q(
            pk__in=ArticleRelatedPage.objects.filter(page=page).values("article_id")
        )

    def get_related_articles(self, limit=3):
        """Other articles with a tag in common or about the same summit, newest first."""
        tag_ids = [tag.pk for tag in self.tag_list]
        condition = Q(pk__in=ArticleTag.objects.filter(tag_id__in=tag_ids).values("content_object"))
        if self.related_summit_id:
            condition |= Q(related_summit_id=self.related_summit_id)
        return list(ArticlePage.listing_queryset().filter(condition).exclude(pk=self.pk)[:limit])

    # --- Display --------------------------------------------------------------------------
    def get_lead_image(self):
        return self.lead_image

    def get_lead_image_credit(self):
        if self.lead_image_credit:
            return self.lead_image_credit
        return self.lead_image.credit if self.lead_image else ""

    def get_dateline(self):
        if not self.dateline_place:
            return ""
        if self.dateline_date:
            return f"{self.dateline_place}, {date_format(self.dateline_date, 'F j')}"
        return self.dateline_place

    def get_modified_at(self):
        return self.updated_at or self.published_at or self.last_published_at

    def _is_prefetched(self, name):
        return name in getattr(self, "_prefetched_objects_cache", {})

    @cached_property
    def bylines(self):
        if self._is_prefetched("authors") or self.pk is None:
            return list(self.authors.all())
        return list(self.authors.select_related("person", "person__organization"))

    @cached_property
    def tag_list(self):
        if self._is_prefetched("tagged_items"):
            return [item.tag for item in self.tagged_items.all()]
        return list(self.tags.all())

    @property
    def author_names(self):
        return [b.person.name for b in self.bylines if b.role != ArticleAuthor.Role.EDITOR]

    def get_description_fallback(self):
        return self.standfirst or super().get_description_fallback()

    @cached_property
    def reading_time(self):
        """Minutes to read the body: words at 220 a minute, Chinese characters at 400."""
        text = " ".join(strip_tags(str(block.render())) for block in self.body)
        cjk = len(_CJK.findall(text))
        words = len(_CJK.sub(" ", text).split())
        minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE
        return max(1, math.ceil(minutes))

    def get_canonical_url(self, request=None):
        if self.is_republication and self.original_url:
            return self.original_url
        return self.get_full_url(request)

    # --- Metadata -------------------------------------------------------------------------
    def get_og_extra(self):
        extra = []
        if self.published_at:
            extra.append(("article:published_time", _iso(self.published_at)))
        modified = self.get_modified_at()
        if modified:
            extra.append(("article:modified_time", _iso(modified)))
        extra += [("article:author", name) for name in self.author_names]
        if self.channel_id:
            extra.append(("article:section", self.channel.name))
        extra += [("article:tag", tag.name) for tag in self.tag_list]
        return extra

    @cached_property
    def news_index(self):
        """The parent NewsIndexPage, in one query."""
        from .index import NewsIndexPage  # noqa: PLC0415 -- cycle: models.index imports article (issue 12)

        return NewsIndexPage.objects.filter(path=self.path[: -self.steplen]).first()

    def get_alternate_links(self, request=None):
        index = self.news_index
        if index is None:
            return []
        links = index.get_feed_links(request)
        if self.related_summit_id:
            links += index.get_feed_links(
                request, summit=self.related_summit, title=self.related_summit.title
            )
        return links

    def _publisher_json_ld(self, request):
        site = Site.find_for_request(request) if request else self.get_site()
        if request is not None:
            branding = SiteBranding.for_request(request)
        else:
            branding = SiteBranding.for_site(site) if site else SiteBranding()
        if branding.logo_id:
            rendition = branding.logo.get_rendition("max-600x60|format-png")
            logo_url = absolute_url(request, rendition.url)
        else:
            logo_url = absolute_url(request, static("portal/img/apple-touch-icon.png"))
        root = site.root_url if site else ""
        return {
            "@type": "Organization",
            "@id": f"{root}/#organization",
            "name": branding.site_name,
            "logo": {"@type": "ImageObject", "url": logo_url},
        }

    def get_json_ld_main(self, request=None):
        url = self.get_full_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "url": url,
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "description": self.get_meta_description(),
            "author": [b.person.json_ld() for b in self.bylines if b.role != "editor"],
            "publisher": self._publisher_json_ld(request),
            "inLanguage": "en",
        }
        editors = [b.person.json_ld() for b in self.bylines if b.role == "editor"]
        if editors:
            data["editor"] = editors
        if self.published_at:
            data["datePublished"] = _iso(self.published_at)
        modified = self.get_modified_at()
        if modified:
            data["dateModified"] = _iso(modified)
        image = self.get_social_image()
        if image:
            data["image"] = [
                absolute_url(request, image.get_rendition(spec).url)
                for spec in ("fill-1200x675|format-jpeg", "fill-1200x1200|format-jpeg")
            ]
        if self.dateline_place:
            data["locationCreated"] = {"@type": "Place", "name": self.dateline_place}
        if self.channel_id:
            data["articleSection"] = self.channel.name
        if self.tag_list:
            data["keywords"] = [tag.name for tag in self.tag_list]
        if self.source_id:
            data["sourceOrganization"] = self.source.json_ld()
            if self.is_republication:
                data["isBasedOn"] = self.original_url or {
                    "@type": "NewsArticle",
                    "headline": self.title[:110],
                    "publisher": self.source.json_ld(),
                }
        if self.related_summit_id:
            data["about"] = {
                "@type": "Event",
                "name": self.related_summit.title,
                "url": self.related_summit.get_full_url(request),
            }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.get_related_articles()
        context["related_pages"] = [
            link.page
            for link in self.related_page_links.select_related("page").filter(page__live=True)
        ]
        context["canonical_url"] = self.get_canonical_url(request)
        context["news_index"] = self.news_index
        return context
