"""Keep the honourees' search index in step with the shared Person/Organization snippets
they show (an honouree's name and description come from its snippet)."""

from django.db.models.signals import post_save
from wagtail.search.index import insert_or_update_object

from portal.models import Organization, Person

from .models import Honouree


def reindex_honouree(sender, instance, **kwargs):
    field = "person" if sender._meta.model_name == "person" else "organization"
    for honouree in Honouree.objects.filter(**{field: instance}):
        insert_or_update_object(honouree)


def connect():
    post_save.connect(reindex_honouree, sender=Person, dispatch_uid="awards_reindex_person")
    post_save.connect(reindex_honouree, sender=Organization, dispatch_uid="awards_reindex_org")
