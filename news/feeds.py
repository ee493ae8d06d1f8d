"""RSS 2.0 and Atom feeds of the news, all of it or one tag or summit, with Django's
syndication framework. Served as routes of the NewsIndexPage (see views.py)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from portal.self_urls import absolute_url

from .queries import feed_items

FEED_LENGTH = 30
ENCLOSURE_SPEC = "width-1200|format-jpeg|jpegquality-80"


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page, articles, title):
        super().__init__()
        self.index_page = index_page
        self.articles = articles
        self.feed_title = title
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.index_page

    def title(self, obj):
        return self.feed_title

    def link(self, obj):
        return obj.get_full_url(self.request)

    def description(self, obj):
        return obj.intro_text or _("News of the World Internet Conference summits.")

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
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
