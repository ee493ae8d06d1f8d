"""Admin for editors: sources and channels as snippets, and a flat, filterable list of
articles, grouped under one "News" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ArticlePage, Channel, Source


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "site"
    menu_label = _("Sources")
    list_display = ["name", "native_name", "url"]
    list_filter = {"name": ["icontains"], "native_name": ["icontains"]}
    search_fields = ["name", "native_name"]
    list_per_page = 50


class ChannelViewSet(SnippetViewSet):
    model = Channel
    icon = "folder-open-inverse"
    menu_label = _("Channels")
    list_display = ["name", "slug", "url"]
    list_filter = {"name": ["icontains"]}
    search_fields = ["name"]
    list_per_page = 50


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    name = "news_articles"
    list_filter = ["source", "channel", "is_republication", "published_at"]


class NewsGroup(ViewSetGroup):
    menu_label = _("News")
    menu_icon = "doc-full-inverse"
    menu_order = 210
    items = (ArticleListingViewSet, SourceViewSet, ChannelViewSet)


@hooks.register("register_admin_viewset")
def register_news_viewsets():
    return NewsGroup()


@hooks.register("register_admin_urls")
def register_recap_urls():
    from django.urls import path

    from .recap import build_recap_view

    return [path("news/recap/<int:edition_id>/", build_recap_view, name="news_build_recap")]


@hooks.register("register_page_header_buttons")
def recap_header_buttons(page, user, view_name, next_url=None):
    from .recap import recap_header_button

    button = recap_header_button(page, user)
    return [button] if button else []
