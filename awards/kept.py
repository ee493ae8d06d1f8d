"""What the awards pages keep once per change (portal/per_change.py), and no longer than
the next embargo's end: recognitions appear at their announcement time. The models are
handed in (they import this module)."""

from django.db.models import Count
from django.utils import timezone

from portal import cache_tags, per_change

from . import listing, structured_data


def next_announcement(editions):
    """The next end of an embargo of a live edition of `editions` (a manager), or None:
    kept until a page changes (a publish replaces `nonpage`), recomputed once passed."""
    now = timezone.now()
    return per_change.cached(
        "awards-next-announcement",
        [cache_tags.SITE, cache_tags.NONPAGE],
        lambda: editions.next_announcement(now),
        fresh=lambda upcoming: upcoming is None or upcoming > now,
    )


def for_page(page, request, name, compute, editions):
    """compute(), kept until `page` changes and at most until the next embargo ends."""
    return per_change.for_page_until(page, request, name, compute, next_announcement(editions))


def programme_shown(programme, public):
    """A programme's editions, categories, per-edition counts and JSON-LD honourees, from
    its `public` recognitions."""
    newest = public.with_programme().for_listing()[: structured_data.JSON_LD_RECOGNITIONS]
    return {
        "editions": programme.get_editions(),
        "categories": list(programme.categories.all()),
        "listed": dict(public.values_list("edition_id").annotate(n=Count("pk")).order_by()),
        "json_ld_newest": list(newest),
        "json_ld_total": public.aggregate(n=Count("honourees", distinct=True))["n"],
    }


def listing_context(request, recognitions, fields, *, index_url, editions, page, **lookups):
    """The listing's context; `lookups` are the programmes and categories of its filters.
    Its facets are kept until `page` changes or the next embargo ends."""
    return listing.build(
        request,
        recognitions,
        fields=fields,
        index_url=index_url,
        kept_for=page,
        kept_until=next_announcement(editions),
        **lookups,
    )


def index_page(index_model):
    """The live awards index, kept until a page changes."""
    return per_change.cached(
        "awards-index", [cache_tags.SITE, cache_tags.NONPAGE], index_model.objects.live().first
    )


def edition_shown(edition):
    """An award edition's summit page (live) and lead image."""
    summit = edition.summit.specific if edition.summit_id and edition.summit.live else None
    return {"summit": summit, "lead_image": edition.lead_image}
