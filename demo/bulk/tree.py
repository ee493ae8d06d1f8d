"""Insert many pages of one type under one parent with one INSERT per table per batch.

Wagtail's `add_child` saves one page at a time (path lookup, url_path, revision, signals):
about twenty queries a page. Here the treebeard paths and URL paths are computed in
Python, the `wagtailcore_page` rows go in with `bulk_create` and the page type's own rows
with the same multi-row INSERT Django's `bulk_create` uses (it refuses multi-table models).
No signal is sent: the caller fills the search and reference indexes in batches.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import router
from django.db.models import F
from wagtail.models import Page


def next_child_step(parent):
    last = parent.get_last_child()
    if last is None:
        return 1
    return Page._str2int(last.path[-Page.steplen :]) + 1


def bulk_add_children(parent, pages, first_step):
    """Save unsaved `pages` (instances of one specific page type) as children of `parent`,
    numbered from `first_step`. Returns the pages, saved, with their primary keys."""
    if not pages:
        return pages
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    depth = parent.depth + 1
    base_fields = Page._meta.concrete_fields
    rows = []
    for step, page in enumerate(pages, start=first_step):
        page.path = Page._get_path(parent.path, depth, step)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.last_published_at = page.first_published_at
        rows.append(Page(**{f.attname: getattr(page, f.attname) for f in base_fields}))
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    own_fields = list(model._meta.local_concrete_fields)
    model._base_manager._insert(pages, fields=own_fields, using=router.db_for_write(model))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages
