"""Fill the search index and Wagtail's reference index for objects saved without signals."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backend


def index_for_search(model, objects):
    """One batch into the search index (what `update_index` does, for these objects only)."""
    get_search_backend().add_bulk(model, objects)


def index_references(objects):
    """Reference index rows ("Usage" in the admin) for new objects, in one INSERT."""
    rows = []
    for obj in objects:
        models = [type(obj), *obj._meta.get_parent_list()]
        types = [ContentType.objects.get_for_model(m, for_concrete_model=False) for m in models]
        for to_type, to_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(obj)
        ):
            rows.append(
                ReferenceIndex(
                    content_type=types[0],
                    base_content_type=types[-1],
                    object_id=obj.pk,
                    to_content_type_id=to_type,
                    to_object_id=to_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
            )
    ReferenceIndex.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
