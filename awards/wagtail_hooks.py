"""Admin for award administrators: recognitions (filters, search, sorting, bulk actions,
CSV/XLSX export of the filtered rows, import) and honourees, grouped under "Awards"."""

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied
from django_countries import countries
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    DeleteView,
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from portal import extension_points
from portal.admin_security import PermittedSnippetChooserViewSet
from portal.extension_points import SearchSource, Section

from . import roles
from .admin_views import can_import, import_view
from .bulk_actions import SetCountryBulkAction
from .dashboard import EmbargoedAwardsPanel
from .export import SafeSpreadsheetExportMixin
from .home import home_section_context
from .models import AwardCategory, AwardEditionPage, AwardProgramPage, Honouree, Recognition


def _year_choices():
    years = AwardEditionPage.objects.values_list("year", flat=True).distinct().order_by("-year")
    return [(year, year) for year in years]


class RecognitionFilterSet(WagtailFilterSet):
    programme = django_filters.ModelChoiceFilter(
        label=_("Programme"),
        queryset=AwardProgramPage.objects.order_by("title"),
        method="filter_programme",
    )
    year = django_filters.TypedChoiceFilter(
        label=_("Year"), field_name="edition__year", choices=_year_choices, coerce=int
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"), queryset=AwardCategory.objects.order_by("name")
    )
    country = django_filters.ChoiceFilter(label=_("Country or region"), choices=countries)

    class Meta:
        model = Recognition
        fields = ["programme", "year", "category", "country"]

    def filter_programme(self, queryset, name, value):
        return queryset.filter(programme_id=value.pk)


class ForbiddenMixin:
    """Answer a refused permission with a 403 page. The Wagtail admin otherwise redirects to
    the dashboard with a message, which hides the refusal from scripts and tests."""

    def dispatch(self, request, *args, **kwargs):
        try:
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as exc:
            return permission_denied(request, exc)


class RecognitionIndexView(ForbiddenMixin, SafeSpreadsheetExportMixin, IndexView):
    def search_queryset(self, queryset):
        """Search titles and honouree names without duplicating rows (the honourees are a
        many-to-many relation)."""
        if not self.is_searching:
            return queryset
        matches = (
            Recognition.objects.filter(title__icontains=self.search_query)
            | Recognition.objects.filter(honourees__person__name__icontains=self.search_query)
            | (
                Recognition.objects.filter(
                    honourees__organization__name__icontains=self.search_query
                )
            )
        )
        return queryset.filter(pk__in=matches.values("pk"))

    # Import and export are what award administrators come here for: header buttons beside
    # "Add", not items of the "…" menu where Wagtail puts its downloads.
    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if can_import(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Import from CSV or Excel"),
                    url=reverse("awards_recognition_import"),
                    icon_name="upload",
                    priority=30,
                )
            )
        if self.show_export_buttons:
            buttons.append(
                HeaderButton(
                    _("Download Excel (XLSX)"),
                    url=self.xlsx_export_url,
                    icon_name="download",
                    priority=40,
                )
            )
            buttons.append(
                HeaderButton(
                    _("Download CSV"), url=self.csv_export_url, icon_name="download", priority=50
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        shown = {button.url for button in self.header_buttons}
        return [button for button in super().header_more_buttons if button.url not in shown]


class RecognitionViewSet(SnippetViewSet):
    model = Recognition
    icon = "pick"
    menu_label = _("Recognitions")
    index_view_class = RecognitionIndexView
    chooser_viewset_class = PermittedSnippetChooserViewSet
    add_view_class = type("RecognitionCreateView", (ForbiddenMixin, CreateView), {})
    edit_view_class = type("RecognitionEditView", (ForbiddenMixin, EditView), {})
    delete_view_class = type("RecognitionDeleteView", (ForbiddenMixin, DeleteView), {})
    filterset_class = RecognitionFilterSet
    search_fields = ["title"]
    search_backend_name = None
    list_per_page = 50
    ordering = ["-edition__year", "programme_title", "rank"]
    list_display = [
        Column("display_name", label=_("Recognition"), sort_key="title"),
        Column("programme_title", label=_("Programme"), sort_key="programme_title"),
        Column("year", label=_("Year"), sort_key="edition__year"),
        Column("category", label=_("Category"), sort_key="category__name"),
        Column("country", label=_("Country"), sort_key="country"),
        Column("rank", label=_("Order"), sort_key="rank"),
    ]
    list_export = [
        "programme_slug",
        "year",
        "category_slug",
        "honouree_names",
        "honouree_type",
        "title",
        "country_code",
        "citation",
        "rank",
    ]
    export_headings = {
        "programme_slug": "programme",
        "year": "year",
        "category_slug": "category",
        "honouree_names": "honouree",
        "honouree_type": "honouree_type",
        "title": "title",
        "country_code": "country",
        "citation": "citation",
        "rank": "rank",
    }
    export_filename = "recognitions"

    def get_queryset(self, request):
        return Recognition.objects.with_programme().for_listing()


class HonoureeViewSet(SnippetViewSet):
    model = Honouree
    icon = "user"
    menu_label = _("Honourees")
    chooser_viewset_class = PermittedSnippetChooserViewSet
    list_display = ["name", "slug"]
    search_fields = ["slug", "person__name", "organization__name"]
    search_backend_name = None
    list_per_page = 50

    def get_queryset(self, request):
        return Honouree.objects.select_related("person", "organization")


class AwardsGroup(SnippetViewSetGroup):
    items = (RecognitionViewSet, HonoureeViewSet)
    menu_icon = "pick"
    menu_label = _("Awards")
    menu_name = "awards"
    menu_order = 250


register_snippet(AwardsGroup)


hooks.register("register_bulk_action", SetCountryBulkAction)


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("awards/recognitions/import/", import_view, name="awards_recognition_import"),
    ]


@hooks.register(extension_points.HOME_SECTIONS, order=30)
def awards_home_section(home_page, request):
    context = home_section_context(home_page, request)
    return Section("awards/home_section.html", context) if context else None


@hooks.register(extension_points.SEARCH_SOURCES)
def honouree_search_source():
    return [SearchSource(Honouree, "people", lambda: Honouree.objects.public().with_details())]


@hooks.register(extension_points.ROLES, order=30)
def awards_roles():
    return roles.grants()


@hooks.register(extension_points.WORKFLOWS, order=30)
def awards_workflows():
    return roles.workflows()


@hooks.register(extension_points.CACHE_DEPENDENCIES)
def awards_cache_dependencies():
    return ["awards"]


@hooks.register("construct_homepage_panels")
def add_embargo_panel(request, panels):
    panels.append(EmbargoedAwardsPanel(request))
