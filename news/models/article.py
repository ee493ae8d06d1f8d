"""A news article: a recap or report, with its source outlet, bylines and related pages."""

import math
import re
from functools import cached_property

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from awards.models import AwardEditionPage, AwardProgramPage
from comments.models import CommentableMixin
from events.models import EventPage, SummitPage
from portal.models import BasePage

from .. import queries, structured_data
from ..blocks import ArticleBodyBlock
from ..choices import RESERVED_SLUGS, AuthorRole

RELATED_PAGE_TYPES = [SummitPage, EventPage, AwardProgramPage, AwardEditionPage]
WORDS_PER_MINUTE = 220
CJK_CHARS_PER_MINUTE = 400
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleAuthor(Orderable):
    """A byline: a person and what they did for the article, in the order shown."""

    Role = AuthorRole

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

    panels = [PageChooserPanel("page", page_type=RELATED_PAGE_TYPES)]

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
                PageChooserPanel("related_summit", page_type=SummitPage),
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
        return queries.article_listing(cls.objects)

    @classmethod
    def pointing_at_q(cls, page):
        """Condition: the article's related summit or related pages include `page`."""
        return queries.pointing_at_q(cls, page)

    def get_related_articles(self, limit=3):
        """Other articles with a tag in common or about the same summit, newest first."""
        in_its_language = ArticlePage.listing_queryset().filter(locale_id=self.locale_id)
        return queries.related_articles(self, in_its_language, limit)

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
        if self.dateline_date and self._is_chinese():
            # The Chinese news dateline: 乌镇11月10日电
            date = self.dateline_date
            return f"{self.dateline_place}{date.month}月{date.day}日电"
        if self.dateline_date:
            return pgettext("dateline: the place and the day", "%(place)s, %(day)s") % {
                "place": self.dateline_place,
                "day": date_format(self.dateline_date, "MONTH_DAY_FORMAT"),
            }
        return self.dateline_place

    def _is_chinese(self):
        return self.locale_id is not None and self.locale.language_code.startswith("zh")

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
        return [b.person.name for b in self.bylines if b.role != AuthorRole.EDITOR]

    def get_description_fallback(self):
        return self.standfirst or super().get_description_fallback()

    @cached_property
    def reading_time(self):
        """Minutes to read the body: words at 220 a minute, Chinese characters at 400.

        From the blocks' text (what the search indexes), not from a second rendering of
        the body."""
        text = " ".join(self.body.stream_block.get_searchable_content(self.body))
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
        return structured_data.article_og_extra(self)

    @cached_property
    def news_index(self):
        """The parent NewsIndexPage, in one query (its type is the declared parent type:
        models/index.py imports this module, not the reverse)."""
        (index_model,) = self.allowed_parent_page_models()
        parent = self.__dict__.get("_cached_parent_obj")  # set by Wagtail's routing
        if isinstance(parent, index_model) and parent.path == self.path[: -self.steplen]:
            return parent
        return index_model.objects.filter(path=self.path[: -self.steplen]).first()

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

    def get_json_ld_main(self, request=None):
        return structured_data.article_json_ld(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown = queries.kept_article_extras(self, request)
        context["related_articles"] = shown["related_articles"]
        context["related_pages"] = shown["related_pages"]
        context["canonical_url"] = self.get_canonical_url(request)
        context["news_index"] = self.news_index
        return context
