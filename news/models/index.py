"""The news index: the paginated listing with its archive, tag, source, channel and summit
routes, and the RSS/Atom feeds."""

import datetime
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Prefetch
from django.http import Http404
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.models import BasePage

from .article import ArticleAuthor, ArticlePage, ArticleTag
from .snippets import Channel, Source

ARTICLES_PER_PAGE = 10
RSS = "application/rss+xml"
ATOM = "application/atom+xml"


class NewsIndexPage(RoutablePageMixin, BasePage):
    intro = RichTextField(
        gettext_lazy("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=gettext_lazy("A sentence or two above the list of articles."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count = 1
    json_ld_type = "CollectionPage"
    search_kind = "news"

    class Meta:
        verbose_name = gettext_lazy("news index")

    @property
    def intro_text(self):
        return strip_tags(self.intro).strip()

    # --- Queries --------------------------------------------------------------------------
    def articles(self):
        return ArticlePage.listing_queryset().child_of(self)

    def feed_items(self, filters, limit):
        return list(
            filters.apply(self.articles()).prefetch_related(
                Prefetch("authors", queryset=ArticleAuthor.objects.select_related("person")),
                Prefetch("tagged_items", queryset=ArticleTag.objects.select_related("tag")),
            )[:limit]
        )

    def used_tags(self, live_ids):
        """Tags of the articles `live_ids`, with their counts (one query)."""
        return (
            Tag.objects.filter(news_articletag_items__content_object__in=live_ids)
            .annotate(article_count=Count("news_articletag_items"))
            .order_by("name")
        )

    # --- URLs -----------------------------------------------------------------------------
    def route_url(self, name, request=None, **kwargs):
        return self.get_url(request) + self.reverse_subpage(name, kwargs=kwargs)

    def full_route_url(self, name, request=None, **kwargs):
        return self.get_full_url(request) + self.reverse_subpage(name, kwargs=kwargs)

    def get_feed_links(self, request=None, tag=None, summit=None, title=None):
        """(type, title, absolute URL) of the RSS and Atom feeds, of all news or one tag/summit."""
        if tag is not None:
            name, kwargs = "tag_feed", {"tag": tag.slug}
            label = _("News tagged “%(tag)s”") % {"tag": tag.name}
        elif summit is not None:
            name, kwargs = "summit_feed", {"summit": summit.slug}
            label = _("News about %(summit)s") % {"summit": title or summit.title}
        else:
            name, kwargs = "feed", {}
            label = self.title
        return [
            (
                mime,
                _("%(label)s (%(format)s)") % {"label": label, "format": fmt},
                self.full_route_url(name, request, kind=kind, **kwargs),
            )
            for kind, mime, fmt in (("rss", RSS, "RSS"), ("atom", ATOM, "Atom"))
        ]

    def get_alternate_links(self, request=None):
        return self.get_feed_links(request)

    # --- Listing --------------------------------------------------------------------------
    def render_listing(self, request, **route_filters):
        from news.filters import FILTER_PARAMS, NewsFilters  # noqa: PLC0415 -- cycle: filters and feeds import the models (issue 12)

        values = {key: request.GET.get(key) for key in FILTER_PARAMS}
        values.update(route_filters)
        filters = NewsFilters.parse(values)
        articles = self.articles()
        live_ids = articles.order_by().values("pk")
        paginator = Paginator(filters.apply(articles), ARTICLES_PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage) as exc:
            raise Http404(_("There is no such page of articles.")) from exc

        description = filters.describe()
        context = {
            "filters": filters,
            "filter_labels": [
                (label, self._listing_url(filters.without(name))) for name, label in description
            ],
            "page_obj": page_obj,
            "articles": page_obj.object_list,
            "tags": self.used_tags(live_ids),
            "sources": Source.objects.filter(articles__in=live_ids).distinct(),
            "channels": Channel.objects.filter(articles__in=live_ids).distinct(),
            "months": articles.order_by().datetimes("published_at", "month", order="DESC"),
            "selected": filters.query_params(),
            "month_choices": [
                (number, date_format(datetime.date(2000, number, 1), "F"))
                for number in range(1, 13)
            ],
        }
        alternates = []
        if filters.tag:
            alternates += self.get_feed_links(request, tag=filters.tag)
        if filters.summit:
            alternates += self.get_feed_links(request, summit=filters.summit)
        context["alternate_links"] = alternates
        if description:
            context["listing_heading"] = "; ".join(label for _name, label in description)
            context["meta_title"] = f"{context['listing_heading']} | {self.title}"
            if request.GET.keys() - {"page"}:
                context["noindex"] = True
        canonical = request.build_absolute_uri(request.path)
        if page_obj.number > 1:
            canonical += f"?page={page_obj.number}"
        context["canonical_url"] = canonical
        return self.render(request, context_overrides=context)

    def _listing_url(self, filters):
        params = filters.query_params()
        return self.url + (f"?{urlencode(params)}" if params else "")

    # --- Routes ---------------------------------------------------------------------------
    @path("")
    def index_route(self, request):
        return self.render_listing(request)

    @path("tag/<str:tag>/", name="tag")
    def tag_route(self, request, tag):
        return self.render_listing(request, tag=tag)

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_route(self, request, year):
        return self.render_listing(request, year=year)

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month_route(self, request, year, month):
        return self.render_listing(request, year=year, month=month)

    @path("source/<str:source>/", name="source")
    def source_route(self, request, source):
        return self.render_listing(request, source=source)

    @path("channel/<str:channel>/", name="channel")
    def channel_route(self, request, channel):
        return self.render_listing(request, channel=channel)

    @path("summit/<str:summit>/", name="summit")
    def summit_route(self, request, summit):
        return self.render_listing(request, summit=summit)

    # --- Feeds ---------------------------------------------------------------------------
    def _feed(self, request, kind, tag=None, summit=None):
        from news.feeds import NewsAtomFeed, NewsRssFeed  # noqa: PLC0415 -- cycle: filters and feeds import the models (issue 12)
        from news.filters import NewsFilters  # noqa: PLC0415 -- cycle: filters and feeds import the models (issue 12)

        filters = NewsFilters.parse({"tag": tag, "summit": summit})
        if filters.tag:
            title = _("%(site)s: news tagged “%(tag)s”") % {
                "site": self.title,
                "tag": filters.tag.name,
            }
        elif filters.summit:
            title = _("%(site)s: news about %(summit)s") % {
                "site": self.title,
                "summit": filters.summit.title,
            }
        else:
            title = self.title
        feed_class = NewsAtomFeed if kind == "atom" else NewsRssFeed
        return feed_class(self, filters, title)(request)

    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return self._feed(request, kind)

    @re_path(r"^tag/(?P<tag>[^/]+)/feed/(?P<kind>rss|atom)/$", name="tag_feed")
    def tag_feed(self, request, tag, kind):
        return self._feed(request, kind, tag=tag)

    @re_path(r"^summit/(?P<summit>[^/]+)/feed/(?P<kind>rss|atom)/$", name="summit_feed")
    def summit_feed(self, request, summit, kind):
        return self._feed(request, kind, summit=summit)
