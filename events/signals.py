"""Keep the search index right when a venue's names change: editions and events index the
venue's (native) names with their own text, so a renamed venue re-indexes them."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.search.index import insert_or_update_object

from .models import EditionPartPage, SummitPage, Venue


@receiver(post_save, sender=Venue)
def reindex_pages_at_venue(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for model in (SummitPage, EditionPartPage):
        for page in model.objects.filter(venue=instance).specific():
            insert_or_update_object(page)
