"""Which pages the public may see, without a query for the restrictions each time.

Wagtail's `PageQuerySet.public()` loads every page view restriction on each call, and a
page calls it once per listing it shows. The paths of the restricted pages are the same
for every visitor: they are kept until a restriction changes (portal/per_change.py; a
saved or deleted restriction replaces the `site` version, portal/invalidation.py)."""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from portal import cache_tags, per_change


def restricted_paths():
    """Tree paths of the pages that carry a view restriction."""
    return per_change.cached(
        "view-restrictions",
        [cache_tags.SITE],
        lambda: sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True))),
    )


class PortalPageQuerySet(PageQuerySet):
    def private_q(self):
        q = Q()
        for path in restricted_paths():
            q |= Q(path__startswith=path)
        # As Wagtail's: no page matches when nothing is restricted.
        return q if q else Q(pk__in=[])


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def public_pages():
    """Live pages of every type that the public may see."""
    return PortalPageQuerySet(Page).live().public()
