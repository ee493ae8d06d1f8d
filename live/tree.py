"""Where live coverage sits in the page tree.

Wagtail allows a child only where the parent's `subpage_types` list it too. The events app
comes before this one and cannot name it, so this app adds its page type to the edition's
and the parts' lists itself, once the models are loaded (before any admin request asks)."""

from events.models import EventPage, SummitPage

COVERAGE_PAGE = "live.LiveCoveragePage"
PARENTS = (SummitPage, EventPage)


def allow_coverage_under_events():
    for parent in PARENTS:
        allowed = list(parent.subpage_types or [])
        if COVERAGE_PAGE not in allowed:
            parent.subpage_types = [*allowed, COVERAGE_PAGE]
            parent._clean_subpage_models = None  # recomputed from the new list on first use
