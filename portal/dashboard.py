"""Dashboard panels: the base class of every app's panels, and the core's own two, my drafts
and scheduled publications (with the time zone they are shown in).

Apps add theirs with Wagtail's `construct_homepage_panels` hook (news: editions without a
recap; awards: editions under embargo). Pages waiting for my review are Wagtail's own
"Awaiting your review" panel. Each panel shows at most PANEL_SIZE rows and runs a fixed
number of queries; a panel with nothing to show is not rendered.
"""

from django.db.models import CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy

PANEL_SIZE = 10


def time_zone_name():
    """The zone the admin shows times in: the user's preference, else the site's TIME_ZONE
    (Wagtail activates it for each admin request)."""
    return timezone.get_current_timezone_name()


class DashboardPanel(Component):
    template_name = "portal/dashboard/panel.html"
    heading = ""

    def __init__(self, request):
        self.request = request

    def get_rows(self):
        """A list of dicts: title, url, detail."""
        raise NotImplementedError

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            panel_id=self.name,
            heading=self.heading,
            rows=self.get_rows(),
            time_zone=time_zone_name(),
            show_time_zone=False,
        )
        return context


class MyDraftsPanel(DashboardPanel):
    name = "my_drafts"
    heading = _("My drafts")
    order = 120

    def get_rows(self):
        pages = (
            Page.objects.filter(owner=self.request.user)
            .filter(Q(live=False) | Q(has_unpublished_changes=True))
            .order_by("-latest_revision_created_at")
            .only("pk", "title", "draft_title", "live", "latest_revision_created_at")[:PANEL_SIZE]
        )
        return [
            {
                "title": page.get_admin_display_title(),
                "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                "detail": _("Live, with unpublished changes") if page.live else _("Draft"),
                "when": page.latest_revision_created_at,
            }
            for page in pages
        ]


class ScheduledPanel(DashboardPanel):
    name = "scheduled_publications"
    heading = _("Scheduled publications")
    order = 130

    def get_rows(self):
        explorable = (
            PagePermissionPolicy()
            .explorable_instances(self.request.user)
            .annotate(pk_text=Cast("pk", output_field=CharField()))
            .values("pk_text")
        )
        revisions = (
            Revision.page_revisions.filter(
                approved_go_live_at__isnull=False, object_id__in=explorable
            )
            .order_by("approved_go_live_at")
            .only("object_id", "approved_go_live_at", "content")[:PANEL_SIZE]
        )
        return [
            {
                "title": revision.content.get("title") or revision.object_str,
                "url": reverse("wagtailadmin_pages:edit", args=[revision.object_id]),
                "detail": _("Goes live"),
                "when": revision.approved_go_live_at,
            }
            for revision in revisions
        ]

    def get_context_data(self, parent_context):
        return {**super().get_context_data(parent_context), "show_time_zone": True}


PANELS = (MyDraftsPanel, ScheduledPanel)


@hooks.register("construct_homepage_panels")
def add_editorial_panels(request, panels):
    panels.extend(panel(request) for panel in PANELS)
