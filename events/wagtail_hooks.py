from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal import extension_points
from portal.extension_points import Section

from . import roles
from .admin_views import EditionPartViewSet
from .home import home_section_context
from .models import Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["name", "town", "city", "country", "time_zone"]
    list_filter = ["country"]
    search_fields = ["name", "native_name", "town", "town_native", "city", "city_native"]
    list_per_page = 50


register_snippet(VenueViewSet)


@hooks.register("register_admin_viewset")
def register_edition_parts_viewset():
    return EditionPartViewSet()


@hooks.register(extension_points.HOME_SECTIONS, order=10)
def summit_home_section(home_page, request):
    context = home_section_context(home_page, request)
    return Section("events/includes/home_section.html", context) if context else None


@hooks.register(extension_points.ROLES, order=10)
def summit_roles():
    return roles.grants()


@hooks.register(extension_points.WORKFLOWS, order=10)
def summit_workflows():
    return roles.workflows()


@hooks.register(extension_points.CACHE_DEPENDENCIES)
def summit_cache_dependencies():
    return ["events"]
