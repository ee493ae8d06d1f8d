"""RSS 2.0 and Atom feeds of a coverage page's updates (routes of the page), with Django's
syndication framework like the news feeds."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from wagtail.rich_text import expand_db_html

from .structured_data import update_text

FEED_LENGTH = 50
TITLE_LENGTH = 90


class LiveRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, page):
        super().__init__()
        self.page = page
        self.request = None

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.page

    def title(self, obj):
        return _("%(title)s: live updates") % {"title": obj.title}

    def link(self, obj):
        return obj.get_full_url(self.request)

    def description(self, obj):
        return obj.standfirst or obj.get_meta_description() or obj.title

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def items(self, obj):
        return obj.get_updates()[:FEED_LENGTH]

    def item_title(self, item):
        return Truncator(update_text(item)).chars(TITLE_LENGTH)

    def item_description(self, item):
        return expand_db_html(item.text)

    def item_link(self, item):
        return f"{self.page.get_full_url(self.request)}#{item.anchor}"

    def item_guid(self, item):
        return f"{self.page.get_full_url(self.request)}#{item.anchor}"

    def item_author_name(self, item):
        return item.author.name if item.author_id else None

    def item_pubdate(self, item):
        return item.posted_at

    def item_updateddate(self, item):
        return item.updated_at


class LiveAtomFeed(LiveRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
