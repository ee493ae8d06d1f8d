from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import EditionPartViewSet
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
