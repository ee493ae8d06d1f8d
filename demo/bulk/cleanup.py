"""`generate_bulk --delete`: remove exactly the rows the generator made, found by their
markers, in batches (each batch one transaction, with Django's cascades and signals)."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import QuerySet
from taggit.models import Tag
from wagtail.models import Collection, Page, PageLogEntry, ReferenceIndex

from awards.models import AwardProgramPage
from events.models import SummitPage
from news.models import ArticlePage, Channel, Source
from portal.models import CustomImage, Person

from . import markers

BATCH_SIZE = 500


def bulk_articles():
    return ArticlePage.objects.filter(
        slug__startswith=markers.ARTICLE_SLUG_PREFIX,
        title__startswith=markers.ARTICLE_TITLE_PREFIX,
    )


def bulk_summits():
    return SummitPage.objects.filter(title__startswith=markers.SUMMIT_TITLE_PREFIX)


def is_present():
    return bulk_articles().exists() or bulk_summits().exists()


def delete_all(progress):
    ids = list(bulk_articles().values_list("pk", flat=True))
    parents = set()
    page_type = ContentType.objects.get_for_model(Page)
    progress.reset(total=len(ids))
    for first in range(0, len(ids), BATCH_SIZE):
        chunk = ids[first : first + BATCH_SIZE]
        with transaction.atomic():
            parents.update(
                Page.objects.filter(pk__in=chunk).values_list("path", flat=True).distinct()
            )
            # In bulk what Wagtail's delete signals would do page by page: unpublish (a
            # log entry and a signal each) and forget the page's references.
            Page.objects.filter(pk__in=chunk).update(live=False)
            ReferenceIndex.objects.filter(
                base_content_type=page_type, object_id__in=[str(i) for i in chunk]
            ).delete()
            PageLogEntry.objects.filter(page_id__in=chunk).delete()
            # A plain queryset: treebeard's delete would save the parent once per page.
            QuerySet(model=Page).filter(pk__in=chunk).delete()
        progress.update(len(chunk))
    with transaction.atomic():
        for parent in {Page._get_basepath(path, len(path) // Page.steplen - 1) for path in parents}:
            page = Page.objects.filter(path=parent).first()
            if page is not None:
                Page.objects.filter(pk=page.pk).update(numchild=page.get_children().count())
        made = [*AwardProgramPage.objects.filter(slug=markers.PROGRAMME_SLUG), *bulk_summits()]
        made_ids = [p.pk for page in made for p in page.get_descendants(inclusive=True)]
        for page in made:
            page.delete()
        PageLogEntry.objects.filter(page_id__in=made_ids).delete()
        Person.objects.filter(name__startswith=markers.PERSON_NAME_PREFIX).delete()
        Source.objects.filter(slug__startswith=markers.SOURCE_SLUG_PREFIX).delete()
        Channel.objects.filter(slug__startswith=markers.CHANNEL_SLUG_PREFIX).delete()
        Tag.objects.filter(slug__startswith=markers.TAG_SLUG_PREFIX).delete()
        for collection in Collection.objects.filter(name=markers.COLLECTION_NAME):
            for image in CustomImage.objects.filter(collection=collection):
                image.delete()
            collection.delete()
