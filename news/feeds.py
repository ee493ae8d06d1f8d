"""RSS 2.0 and Atom feeds of the news, all of it or one tag or summit, with Django's
syndication framework. Served as routes of the NewsIndexPage (see views.py)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.cache import patch_vary_headers
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, Stylesheet
from django.utils.translation import gettext as _
from django.utils.xmlutils import SimplerXMLGenerator

from portal.models import SiteBranding
from portal.self_urls import absolute_url

from .queries import feed_items

FEED_LENGTH = 30
ENCLOSURE_SPEC = "width-1200|format-jpeg|jpegquality-80"
# What browsers show instead of raw XML (templates/news/feed.xsl); same origin as the feeds.
STYLESHEET = Stylesheet(reverse_lazy("news_feed_stylesheet"), mimetype="text/xsl")
# Browsers apply the stylesheet to XML, but offer application/rss+xml and atom+xml as a
# download (Firefox) or show them raw: a navigation (one that accepts HTML) gets XML.
BROWSER_CONTENT_TYPE = "application/xml; charset=utf-8"


class StyledAtom1Feed(Atom1Feed):
    """Atom with the <?xml-stylesheet?> instructions Django writes for RSS only."""

    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        for stylesheet in self.feed["stylesheets"] or []:
            handler.processingInstruction("xml-stylesheet", str(stylesheet))
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed
    stylesheets = [STYLESHEET]

    def __init__(self, index_page, articles, title):
        super().__init__()
        self.index_page = index_page
        self.articles = articles
        self.feed_title = title
        self.request = None

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        if "text/html" in request.headers.get("Accept", ""):
            response["Content-Type"] = BROWSER_CONTENT_TYPE
        patch_vary_headers(response, ["Accept"])
        return response

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return self.feed_title

    def link(self, obj):
        return obj.get_full_url(self.request)

    def description(self, obj):
        return obj.intro_text or _("News of the World Internet Conference summits.")

    # The feed-level author (RFC 4287 4.1.1: an Atom feed whose entries may lack one needs
    # it): the site, the organisation publishing the news. RSS 2.0 has no such element.
    def author_name(self, obj):
        return SiteBranding.for_request(self.request).site_name

    def author_link(self, obj):
        return absolute_url(self.request, "/")

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def items(self, obj):
        return feed_items(self.articles, FEED_LENGTH)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst or item.get_meta_description()

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_author_name(self, item):
        return ", ".join(item.author_names) or (item.source.name if item.source_id else None)

    def item_categories(self, item):
        return [tag.name for tag in item.tag_list]

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.get_modified_at()

    def item_enclosures(self, item):
        image = item.get_listing_image()
        if image is None:
            return []
        rendition = image.get_rendition(ENCLOSURE_SPEC)
        try:
            length = rendition.file.size
        except OSError:
            length = 0
        return [Enclosure(absolute_url(self.request, rendition.url), str(length), "image/jpeg")]


class NewsAtomFeed(NewsRssFeed):
    feed_type = StyledAtom1Feed

    def subtitle(self, obj):
        return self.description(obj)
