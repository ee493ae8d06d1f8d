"""Query-string filters of the pages API: type, tag, summit, year, locale, search (and
Wagtail's own ordering and tree filters). Each wrong value is a ParamError naming its
parameter; a well-formed value that matches nothing gives an empty list."""

from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from awards.models import AwardEditionPage
from events.models import EventPage, SummitPage
from news.models import ArticlePage, ArticleTag
from portal.api import ParamError
from portal.search.text import clean_query, query_terms

MIN_YEAR, MAX_YEAR = 1900, 2200


class NamedParamFilter(BaseFilterBackend):
    """A Wagtail filter whose BadRequestError becomes a 400 naming `param`."""

    wagtail_filter = None
    param = ""

    def filter_queryset(self, request, queryset, view):
        try:
            return self.wagtail_filter().filter_queryset(request, queryset, view)
        except BadRequestError as exc:
            raise ParamError({self.param: str(exc)}) from exc


def _named(filter_class, param):
    return type(
        filter_class.__name__, (NamedParamFilter,), {"wagtail_filter": filter_class, "param": param}
    )


ChildOfFilter = _named(wagtail_filters.ChildOfFilter, "child_of")
DescendantOfFilter = _named(wagtail_filters.DescendantOfFilter, "descendant_of")
OrderingFilter = _named(wagtail_filters.OrderingFilter, "order")


class SearchFilter(NamedParamFilter):
    wagtail_filter = wagtail_filters.SearchFilter
    param = "search"

    def filter_queryset(self, request, queryset, view):
        operator = request.GET.get("search_operator")
        if operator is not None and operator not in ("and", "or"):
            raise ParamError({"search_operator": _("Choose 'and' or 'or'.")})
        if "search" in request.GET and "order" in request.GET:
            raise ParamError({"order": _("Search results are ordered by relevance.")})
        if "\x00" in request.GET.get("search", ""):
            raise ParamError({"search": _("Null characters are not allowed.")})
        if "search" in request.GET:
            # The words only, as the site search sends them: a quote or a bracket would be
            # search-engine syntax (an SQLite FTS5 error, a 500) rather than text to find.
            terms = query_terms(clean_query(request.GET["search"])[0])
            if not terms:
                return queryset.none()
            request._request.GET = request.GET.copy()
            request._request.GET["search"] = " ".join(terms)
        return super().filter_queryset(request, queryset, view)


def _public_pks(model):
    return model.objects.live().public().values("pk")


class TagFilter(BaseFilterBackend):
    """?tag=<slug>: the articles with that tag."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("tag")
        if slug is None:
            return queryset
        if not ArticleTag.objects.filter(tag__slug=slug).exists():
            raise ParamError({"tag": _("There is no such tag.")})
        articles = ArticlePage.objects.filter(tags__slug=slug).values("pk")
        return queryset.filter(pk__in=articles)


class SummitFilter(BaseFilterBackend):
    """?summit=<slug of an edition, e.g. 2023>: the edition's sub-forums and events, the
    articles about it and its award editions."""

    def filter_queryset(self, request, queryset, view):
        slug = request.GET.get("summit")
        if slug is None:
            return queryset
        summit = SummitPage.objects.live().public().filter(slug=slug).first()
        if summit is None:
            raise ParamError({"summit": _("There is no such summit edition (use its year).")})
        return queryset.filter(
            Q(pk__in=EventPage.objects.descendant_of(summit).values("pk"))
            | Q(pk__in=ArticlePage.objects.filter(related_summit=summit).values("pk"))
            | Q(pk__in=AwardEditionPage.objects.filter(summit=summit).values("pk"))
        )


class YearFilter(BaseFilterBackend):
    """?year=2023: articles published, editions and events held, awards given that year."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("year")
        if value is None:
            return queryset
        try:
            year = int(value)
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise ValueError
        except ValueError as exc:
            raise ParamError({"year": _("Enter a year such as 2023.")}) from exc
        return queryset.filter(
            Q(pk__in=ArticlePage.objects.filter(published_at__year=year).values("pk"))
            | Q(pk__in=SummitPage.objects.filter(year=year).values("pk"))
            | Q(pk__in=EventPage.objects.filter(start__year=year).values("pk"))
            | Q(pk__in=AwardEditionPage.objects.filter(year=year).values("pk"))
        )


class LocaleFilter(BaseFilterBackend):
    """?locale=en or zh-hans: a language the site has (Wagtail's answer would be a 404)."""

    def filter_queryset(self, request, queryset, view):
        code = request.GET.get("locale")
        if code is None:
            return queryset
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            raise ParamError({"locale": _("There is no such language here.")})
        return queryset.filter(locale=locale)


PAGE_FILTERS = [
    ChildOfFilter,
    DescendantOfFilter,
    TagFilter,
    SummitFilter,
    YearFilter,
    LocaleFilter,
    OrderingFilter,
    SearchFilter,  # last: search results cannot be filtered further
]
PAGE_PARAMETERS = frozenset(
    ["type", "tag", "summit", "year", "locale", "search", "search_operator", "order"]
    + ["child_of", "descendant_of", "fields", "limit", "offset"]
)
MEDIA_FILTERS = [OrderingFilter, SearchFilter]
MEDIA_PARAMETERS = frozenset(["search", "search_operator", "order", "fields", "limit", "offset"])
