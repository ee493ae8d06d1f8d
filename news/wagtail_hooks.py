"""Admin for editors: sources and channels as snippets, and a flat, filterable list of
articles, grouped under one "News" menu."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal import extension_points
from portal.extension_points import Section

from . import roles
from .dashboard import EditionsWithoutRecapPanel
from .models import ArticlePage, Channel, Source
from .recap import build_recap_view, recap_action, recap_header_button
from .related import articles_about_context, latest_news_context
from .sitemaps import NewsSitemap


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
    return [path("news/recap/<int:edition_id>/", build_recap_view, name="news_build_recap")]


@hooks.register("register_page_header_buttons")
def recap_header_buttons(page, user, view_name, next_url=None):
    button = recap_header_button(page, user)
    return [button] if button else []


@hooks.register(extension_points.PAGE_ACTIONS)
def recap_page_action(page, user):
    action = recap_action(page, user)
    return [action] if action else []


@hooks.register(extension_points.HOME_SECTIONS, order=20)
def latest_news_home_section(home_page, request):
    context = latest_news_context(home_page, request)
    return Section("news/includes/home_latest_news.html", context) if context else None


@hooks.register(extension_points.RELATED_CONTENT, order=50)
def news_about_page(page, request):
    context = articles_about_context(page, request)
    return Section("news/includes/related_news.html", context) if context else None


@hooks.register(extension_points.SITEMAPS)
def news_sitemaps():
    return [("news", NewsSitemap)]


@hooks.register(extension_points.ROLES, order=20)
def news_roles():
    return roles.grants()


@hooks.register(extension_points.WORKFLOWS, order=20)
def news_workflows():
    return roles.workflows()


@hooks.register(extension_points.CACHE_DEPENDENCIES)
def news_cache_dependencies():
    return ["news"]


@hooks.register("construct_homepage_panels")
def add_recap_panel(request, panels):
    panels.append(EditionsWithoutRecapPanel(request))
