"""The award administrators' dashboard panel: award editions still under embargo."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.dashboard import PANEL_SIZE, DashboardPanel

from .models import AwardEditionPage


class EmbargoedAwardsPanel(DashboardPanel):
    name = "embargoed_award_editions"
    heading = _("Award editions under embargo")
    order = 150

    def get_rows(self):
        may_change = PagePermissionPolicy().instances_user_has_permission_for(
            self.request.user, "change"
        )
        editions = (
            AwardEditionPage.objects.filter(
                announcement_time__gt=timezone.now(), pk__in=may_change.values("pk")
            )
            .order_by("announcement_time")
            .only("pk", "title", "announcement_time")[:PANEL_SIZE]
        )
        return [
            {
                "title": edition.title,
                "url": reverse("wagtailadmin_pages:edit", args=[edition.pk]),
                "detail": _("Announced"),
                "when": edition.announcement_time,
            }
            for edition in editions
        ]

    def get_context_data(self, parent_context):
        return {**super().get_context_data(parent_context), "show_time_zone": True}
