"""The editors' listing of every sub-forum and event across editions, with filters."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import EventPage, PartKind, SummitPage


class EditionPartFilterSet(PageFilterSet):
    edition = django_filters.ModelChoiceFilter(
        label=_("Edition"),
        queryset=lambda request: SummitPage.objects.order_by("-year"),
        method="filter_edition",
        empty_label=_("All editions"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=PartKind.choices, empty_label=_("All kinds")
    )
    start = django_filters.DateFromToRangeFilter(
        label=_("Starts between"), widget=DateRangePickerWidget
    )

    class Meta:
        model = EventPage
        fields = []

    def filter_edition(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset


class EditionPartIndexView(IndexView):
    def filter_queryset(self, queryset):
        # Bad filter values show the form's errors over an empty list, never everything.
        if self.filters is not None and not self.filters.is_valid():
            return queryset.none()
        return super().filter_queryset(queryset)

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("venue")


class LocalStartColumn(Column):
    def get_value(self, instance):
        return (
            timezone.localtime(instance.start, instance.get_time_zone()).strftime("%Y-%m-%d %H:%M")
            if instance.start and instance.venue_id
            else (instance.start.strftime("%Y-%m-%d %H:%M UTC") if instance.start else "")
        )


class EditionPartViewSet(PageListingViewSet):
    model = EventPage
    index_view_class = EditionPartIndexView
    filterset_class = EditionPartFilterSet
    icon = "date"
    menu_label = _("Events")
    menu_order = 210
    name = "edition_parts"
    add_to_admin_menu = True
    columns = [
        *[
            column
            for column in IndexView.base_columns
            if column.name != "latest_revision_created_at"
        ],
        Column("kind", label=_("Kind"), accessor="kind_label", sort_key="kind"),
        LocalStartColumn("start", label=_("Starts"), sort_key="start"),
    ]
