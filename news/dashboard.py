"""The news desk's dashboard panel: summit editions that ended lately without a recap."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from events.models import SummitPage
from portal.dashboard import PANEL_SIZE, DashboardPanel

from .models import ArticlePage, NewsIndexPage

# An edition that ended up to this long ago still waits for its recap.
RECAP_WINDOW = dt.timedelta(days=60)


class EditionsWithoutRecapPanel(DashboardPanel):
    name = "editions_without_recap"
    heading = _("Summit editions without a recap")
    order = 140

    def get_rows(self):
        # Only for those who may write news (the recap builder checks the same).
        if not any(
            index.permissions_for_user(self.request.user).can_add_subpage()
            for index in NewsIndexPage.objects.all()[:3]
        ):
            return []
        recapped = ArticlePage.objects.filter(related_summit__isnull=False).values("related_summit")
        editions = (
            SummitPage.objects.live()
            .filter(end__gte=timezone.now() - RECAP_WINDOW)
            .exclude(pk__in=recapped)
            .order_by("start")
            .only("pk", "title", "start", "end")[:PANEL_SIZE]
        )
        return [
            {
                "title": edition.title,
                "url": reverse("news_build_recap", args=[edition.pk]),
                "detail": _("Draft a recap"),
                "when": edition.start,
            }
            for edition in editions
        ]
