"""What a change invalidates in the page cache (and purges from the HTTP cache in front).

- A page published, unpublished, moved, deleted, or saved while live: that page, its
  ancestors (the indexes, archives, tag and feed routes, and the home page that list it),
  the pages that reference it and the pages it references (Wagtail's reference index: a
  summit edition lists the news about it), and every response no page served (sitemaps,
  robots.txt, JSON).
- A snippet, image, document or other model of a watched app: the pages that reference it
  or that it references, and the responses no page served; a model that the reference index
  does not track drops every page (it cannot say which pages show it).
- A site-wide setting or a tag: every page.
- Drafts, autosaves, revisions, search hits, log entries, sessions and the other models of
  `IGNORED_MODELS`: nothing.
"""

import threading
from contextlib import contextmanager

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, ReferenceIndex

from portal import cache_tags, frontend_purge

# A Page save that writes only these fields is a draft or an autosave.
DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def _page_ids_of(incoming, outgoing):
    """Ids of the pages among the sources of `incoming` and the targets of `outgoing`
    (ReferenceIndex querysets): two queries."""
    page_type = ContentType.objects.get_for_model(Page)
    ids = set(incoming.filter(base_content_type=page_type).values_list("object_id", flat=True))
    ids |= set(outgoing.filter(to_content_type=page_type).values_list("to_object_id", flat=True))
    return {int(i) for i in ids if str(i).isdigit()}


def _page_ids_related_to(obj):
    """Ids of the pages that reference `obj` or that `obj` references."""
    return _page_ids_of(
        ReferenceIndex.get_references_to(obj), ReferenceIndex.get_references_for_object(obj)
    )


def _page_ids_related_to_pages(page_ids):
    """The same for many pages at once, whatever their number (two queries)."""
    page_type = ContentType.objects.get_for_model(Page)
    keys = [str(i) for i in page_ids]
    return _page_ids_of(
        ReferenceIndex.objects.filter(to_content_type=page_type, to_object_id__in=keys),
        ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=keys),
    )


def _with_ancestors(page_ids):
    """The pages and their ancestors, from the tree paths (two queries)."""
    step = Page.steplen
    paths = Page.objects.filter(pk__in=page_ids).values_list("path", flat=True)
    prefixes = {path[:end] for path in paths for end in range(step, len(path) + 1, step)}
    return set(page_ids) | set(Page.objects.filter(path__in=prefixes).values_list("pk", flat=True))


def apply(tags):
    """Invalidate `tags` now (this process and the cache shared with the others) and again
    once the transaction commits, so that no process caches the old content in between;
    the HTTP cache in front is purged after the commit."""
    tags = set(tags)
    cache_tags.invalidate(tags)
    transaction.on_commit(lambda: cache_tags.invalidate(tags))
    frontend_purge.purge_tags(tags)


def tags_for_pages(page_ids):
    """The tags of the pages, of the pages related to them, of their ancestors, and
    `nonpage`: four queries however many pages."""
    ids = set(page_ids)
    ids |= _page_ids_related_to_pages(ids)
    return {cache_tags.page_tag(i) for i in _with_ancestors(ids)} | {cache_tags.NONPAGE}


_bulk = threading.local()


@contextmanager
def bulk_changes():
    """For a job that changes thousands of rows (`generate_bulk`): the per-change work
    (several queries each, and a summit referenced by every article expands to them all)
    is skipped, and every page is invalidated once at the end."""
    _bulk.active = True
    try:
        yield
    finally:
        _bulk.active = False
        apply({cache_tags.SITE})


def _in_bulk():
    return getattr(_bulk, "active", False)


def page_changed(page, also=()):
    """A page was published, unpublished, moved, deleted or saved while live; `also` are
    more pages whose listings changed (the parent a page was moved from)."""
    if _in_bulk():
        return
    apply(tags_for_pages({page.pk, *also}))


def _is_part_of_a_page(model):
    """Rows of a page's inline panels (bylines, figures, tags): the page's publish (or
    delete) covers them; saved while only a draft changes, they change nothing public."""
    return any(
        isinstance(f, ParentalKey) and issubclass(f.related_model, Page) for f in model._meta.fields
    )


def _pages_it_belongs_to(instance):
    """Ids of the pages a plain foreign key of `instance` points to (a recognition's award
    edition): what the reference index knows only for the models it indexes."""
    return {
        getattr(instance, f.attname)
        for f in instance._meta.fields
        if isinstance(f, models.ForeignKey)
        and issubclass(f.related_model, Page)
        and getattr(instance, f.attname) is not None
    }


def object_changed(instance, created=False):
    """A non-page object of a watched app was saved or deleted."""
    if _in_bulk():
        return
    model = type(instance)
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        if not created:  # made on first use with the defaults: no page changes
            apply({cache_tags.SITE})
        return
    if isinstance(instance, PageViewRestriction):
        # Every listing of public pages may change (portal/visibility.py keeps the
        # restricted paths under the `site` version).
        apply({cache_tags.SITE})
        return
    if _is_part_of_a_page(model):
        return
    related = _page_ids_related_to(instance) | _pages_it_belongs_to(instance)
    if related:
        apply(tags_for_pages(related))
    elif created:
        apply({cache_tags.NONPAGE})  # nothing shows it yet but the lists no page serves
    else:
        apply({cache_tags.SITE})  # nothing says which pages show it: drop them all
