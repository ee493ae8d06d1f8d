"""Querysets and selection of the awards app: what the public may see, the programme of a
recognition, the options of a listing's filters. Nothing here imports the app's models
(they import this module): related models are reached through the ORM."""

from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Substr
from django.utils import timezone
from django_countries import countries
from wagtail.models import Page, PageManager
from wagtail.search.queryset import SearchableQuerySetMixin

from portal.visibility import PortalPageQuerySet, public_pages


def announced(prefix="", now=None):
    """Q of the recognitions the public may see, `prefix` leading from the queried model to
    a recognition ("recognitions__" from an honouree): the edition page is live and public,
    and its announcement time (the embargo) has passed or was never set."""
    now = now or timezone.now()
    edition = f"{prefix}edition__"
    return Q(**{f"{edition}in": public_pages().values("pk")}) & (
        Q(**{f"{edition}announcement_time__isnull": True})
        | Q(**{f"{edition}announcement_time__lte": now})
    )


class AwardEditionQuerySet(PortalPageQuerySet):
    def next_announcement(self, now=None):
        """The next end of an embargo of a live edition, or None (one query)."""
        return (
            self.live()
            .filter(announcement_time__gt=now or timezone.now())
            .order_by("announcement_time")
            .values_list("announcement_time", flat=True)
            .first()
        )

    def latest_by_programme(self, programmes):
        """{programme pk: its latest live edition} of sibling programmes, in one query."""
        if not programmes:
            return {}
        first = programmes[0]
        by_path = {programme.path: programme.pk for programme in programmes}
        editions = (
            self.live()
            .public()
            .filter(depth=first.depth + 1, path__startswith=first.path[: -Page.steplen])
            .order_by("-year")
        )
        latest = {}
        for edition in editions:
            programme_pk = by_path.get(edition.path[: -Page.steplen])
            if programme_pk is not None and programme_pk not in latest:
                latest[programme_pk] = edition
        return latest


AwardEditionManager = PageManager.from_queryset(AwardEditionQuerySet)


class HonoureeQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def public(self):
        """Honourees with at least one publicly announced recognition."""
        ids = self.model._base_manager.filter(announced("recognitions__")).values("pk")
        return self.filter(pk__in=ids)

    def with_details(self):
        return self.select_related("person__organization", "person__photo", "organization__logo")


class RecognitionQuerySet(models.QuerySet):
    def public(self, now=None):
        """Recognitions the public may see (see `announced`)."""
        return self.filter(announced(now=now))

    def under(self, page):
        """The recognitions of the editions below a page (a programme or the index)."""
        return self.filter(edition__path__startswith=page.path, edition__depth__gt=page.depth)

    def with_programme(self):
        """Annotate the programme's id, title and slug (the edition page's parent) in the
        same query, so that listings and exports never look the parent up row by row."""
        parent_path = Substr(
            OuterRef("edition__path"), 1, (OuterRef("edition__depth") - 1) * Page.steplen
        )
        programmes = Page.objects.filter(path=parent_path)
        return self.annotate(
            programme_id=Subquery(programmes.values("pk")[:1]),
            programme_title=Subquery(programmes.values("title")[:1]),
            programme_slug=Subquery(programmes.values("slug")[:1]),
        )

    def for_listing(self):
        honourees = self.model._meta.get_field("honourees").related_model.objects
        return (
            self.select_related("edition", "category", "link_page", "link_document")
            .prefetch_related(
                models.Prefetch(
                    "honourees",
                    queryset=honourees.select_related("person__organization", "organization"),
                )
            )
            .order_by("-edition__year", "edition__path", "category__sort_order", "rank", "pk")
        )


def facet(recognitions, name):
    """[(value, label, count)] of one filter over recognitions annotated with_programme()."""
    if name == "programme":
        rows = recognitions.values("programme_slug", "programme_title").annotate(n=Count("pk"))
        options = [(r["programme_slug"], r["programme_title"], r["n"]) for r in rows]
        return sorted(options, key=lambda o: o[1] or "")
    if name == "year":
        rows = (
            recognitions.values("edition__year").annotate(n=Count("pk")).order_by("-edition__year")
        )
        return [(str(r["edition__year"]), str(r["edition__year"]), r["n"]) for r in rows]
    if name == "category":
        rows = (
            recognitions.exclude(category__isnull=True)
            .values("category__slug", "category__name")
            .annotate(n=Count("pk"))
            .order_by("category__name")
        )
        return [(r["category__slug"], r["category__name"], r["n"]) for r in rows]
    rows = recognitions.exclude(country="").values("country").annotate(n=Count("pk"))
    options = [(r["country"], countries.name(r["country"]), r["n"]) for r in rows]
    return sorted(options, key=lambda o: o[1])
