"""The home page's summit section: the current or upcoming edition, else the latest one."""

from .models import SummitPage
from .queries import pick_featured

HOME_FIGURES = 4


def home_section_context(home_page, request):
    editions = list(
        SummitPage.objects.live()
        .public()
        .descendant_of(home_page)
        .select_related("venue")
        .prefetch_related("key_figures")
        .defer_streamfields()
        .order_by("-year")[:5]
    )
    edition = pick_featured(editions)
    if edition is None:
        return None
    return {
        "edition": edition,
        "status": edition.get_status(),
        "figures": list(edition.key_figures.all())[:HOME_FIGURES],
        "request": request,
    }
