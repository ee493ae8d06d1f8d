"""The news index: the paginated listing with its archive, tag, source, channel and summit
routes, and the RSS/Atom feeds (what the routes render is in news/views.py)."""

from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.models import BasePage

from .. import views
from .article import ArticlePage

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

    # --- Routes ---------------------------------------------------------------------------
    @path("")
    def index_route(self, request):
        return views.news_listing(self, request)

    @path("tag/<str:tag>/", name="tag")
    def tag_route(self, request, tag):
        return views.news_listing(self, request, tag=tag)

    @re_path(r"^(?P<year>\d{4})/$", name="year")
    def year_route(self, request, year):
        return views.news_listing(self, request, year=year)

    @re_path(r"^(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="month")
    def month_route(self, request, year, month):
        return views.news_listing(self, request, year=year, month=month)

    @path("source/<str:source>/", name="source")
    def source_route(self, request, source):
        return views.news_listing(self, request, source=source)

    @path("channel/<str:channel>/", name="channel")
    def channel_route(self, request, channel):
        return views.news_listing(self, request, channel=channel)

    @path("summit/<str:summit>/", name="summit")
    def summit_route(self, request, summit):
        return views.news_listing(self, request, summit=summit)

    # --- Feeds ---------------------------------------------------------------------------
    @re_path(r"^feed/(?P<kind>rss|atom)/$", name="feed")
    def feed(self, request, kind):
        return views.news_feed(self, request, kind)

    @re_path(r"^tag/(?P<tag>[^/]+)/feed/(?P<kind>rss|atom)/$", name="tag_feed")
    def tag_feed(self, request, tag, kind):
        return views.news_feed(self, request, kind, tag=tag)

    @re_path(r"^summit/(?P<summit>[^/]+)/feed/(?P<kind>rss|atom)/$", name="summit_feed")
    def summit_feed(self, request, summit, kind):
        return views.news_feed(self, request, kind, summit=summit)
