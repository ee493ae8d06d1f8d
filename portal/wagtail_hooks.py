from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal import (
    admin_security,
    dashboard,  # noqa: F401  (registers the editorial dashboard panels)
    extension_points,
    mail_failures,
    page_cache,
)
from portal.models import Organization, Person
from portal.roles import core_grants


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "job_title", "organization", "country"]
    list_filter = ["country"]
    search_fields = ["name", "native_name", "job_title"]
    list_per_page = 50

    def get_queryset(self, request):
        return Person.objects.select_related("organization")


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "short_name", "country", "website"]
    list_filter = ["country"]
    search_fields = ["name", "native_name", "short_name"]
    list_per_page = 50


class PeopleGroup(SnippetViewSetGroup):
    items = (PersonViewSet, OrganizationViewSet)
    menu_icon = "group"
    menu_label = _("People and organisations")
    menu_name = "people"


register_snippet(PeopleGroup)

admin_security.register_permitted_builtin_actions()
hooks.register("construct_page_chooser_queryset", admin_security.visible_in_page_chooser)


@hooks.register(extension_points.ROLES, order=0)
def shared_snippet_roles():
    return core_grants()


@hooks.register("before_serve_page")
def tag_page_cache(page, request, serve_args, serve_kwargs):
    """Tell the page cache which page serves the request (portal/page_cache.py)."""
    page_cache.tag_request(request, page)


# Mail that could not be sent: shown to whoever triggered it (portal/mail_failures.py).
hooks.register("construct_main_menu", mail_failures.show_mail_failures)
mail_failures.connect_reporting_notifiers()
