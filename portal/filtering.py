"""Public listing filters and pagination: one framework and one policy for every listing.

Every public listing (news, events, awards, the search page) describes its query-string
filters as a `ListingFilterSet` (django-filter) and pages with `paginate()`:

- an unknown or malformed filter value (`?year=20x3`, `?tag=no-such-tag`) raises
  `BadFilter`: a 400 page in the site's design that names each wrong value and links to the
  unfiltered listing;
- an impossible page number (`?page=0`, `?page=x`, past the last page) raises
  `ListingPageNotFound`: a 404 page with a link back to the listing's first page.

`portal.middleware.ListingErrorMiddleware` turns both into those pages; a JSON API catches
`BadFilter` itself and answers with `errors` as data. A well-formed value that matches
nothing is not an error: the listing is simply empty.

    class ArticleFilterSet(ListingFilterSet):
        year = django_filters.NumberFilter(field_name="published_at__year", min_value=1990)

    filters = ArticleFilterSet(request.GET, queryset=articles, request=request)
    page_obj = paginate(request, filters.qs, per_page=10)   # .qs raises BadFilter if invalid
"""

from dataclasses import dataclass
from urllib.parse import urlencode

import django_filters
from django.core.paginator import EmptyPage, Paginator
from django.utils.translation import gettext as _

MAX_SHOWN_VALUE = 60  # characters of a wrong value repeated back to the visitor
MAX_PAGE_DIGITS = 9  # longer page numbers are not converted (they are past any last page)


@dataclass(frozen=True)
class FilterError:
    param: str
    label: str
    value: str
    message: str


class BadFilter(Exception):
    """A listing was asked for with filter values it cannot use (a 400)."""

    def __init__(self, errors, reset_url=None):
        super().__init__("; ".join(f"{e.param}: {e.message}" for e in errors))
        self.errors = list(errors)
        self.reset_url = reset_url

    def as_dict(self):
        """{param: message}, for JSON answers."""
        return {error.param: error.message for error in self.errors}


class ListingPageNotFound(Exception):
    """A page number that the listing does not have (a 404 with a link back)."""

    def __init__(self, message, back_url=None, num_pages=None):
        super().__init__(message)
        self.message = message
        self.back_url = back_url
        self.num_pages = num_pages


def _shown(value):
    """The value as the visitor can read it back: invisible and control characters (a NUL
    byte, a right-to-left mark) spelt as escapes, long values shortened."""
    value = "".join(char if char.isprintable() else repr(char)[1:-1] for char in str(value))
    return value if len(value) <= MAX_SHOWN_VALUE else value[: MAX_SHOWN_VALUE - 1] + "…"


class ListingFilterSet(django_filters.FilterSet):
    """A FilterSet whose invalid data is an error the visitor is told about, not ignored.

    `reset_url` is where the "unfiltered listing" link goes (default: the request's path
    without its query string). Route values (`/news/tag/<tag>/`) are passed in `data`
    like query parameters, so they are checked by the same rules."""

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None, reset_url=None):
        # Blank values are "no filter", as a GET form with an empty <select> sends them.
        if data is not None:
            data = {
                key: data.get(key)
                for key in data
                if key in self.base_filters and str(data.get(key) or "").strip() != ""
            }
        super().__init__(data, queryset, request=request, prefix=prefix)
        self.reset_url = reset_url or (request.path if request is not None else None)

    def check(self):
        """Raise BadFilter unless every given value is valid; return self."""
        if self.is_bound and not self.is_valid():
            errors = []
            for name, messages in self.form.errors.items():
                field = self.form.fields.get(name)
                errors.append(
                    FilterError(
                        param=name,
                        label=str(field.label) if field is not None and field.label else name,
                        value=_shown(self.data.get(name, "")),
                        message=" ".join(str(message) for message in messages),
                    )
                )
            raise BadFilter(errors, self.reset_url)
        return self

    @property
    def qs(self):
        self.check()
        return super().qs

    @property
    def cleaned(self):
        """The valid, non-empty filter values: {name: value}."""
        self.check()
        if not self.is_bound:
            return {}
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if value not in (None, "", [], ())
        }


def querystring_without(params, *names):
    """The query string of `params` (a QueryDict or dict) without `names`, with a leading
    "?" when anything is left."""
    kept = [
        (key, value)
        for key in params
        if key not in names
        for value in (params.getlist(key) if hasattr(params, "getlist") else [params[key]])
    ]
    return f"?{urlencode(kept)}" if kept else ""


def paginate(request, object_list, per_page, *, param="page", orphans=0, base_url=None, count=None):
    """The requested page of `object_list`, or ListingPageNotFound for an impossible number.
    `count`, when known, is the number of objects (no query to count them).

    `base_url` is the listing's address (default: the request's path); the 404's link back
    keeps the other query parameters and drops the page number."""
    paginator = Paginator(object_list, per_page, orphans=orphans)
    if count is not None:
        paginator.__dict__["count"] = count  # Paginator.count is a cached_property
    raw = request.GET.get(param, "1")
    back_url = (base_url or request.path) + querystring_without(request.GET, param)
    if not (raw.isascii() and raw.isdigit()):
        raise ListingPageNotFound(
            _("Page numbers are whole numbers from 1."), back_url, paginator.num_pages
        )
    try:
        if len(raw) > MAX_PAGE_DIGITS:
            raise EmptyPage
        return paginator.page(int(raw))
    except EmptyPage:
        raise ListingPageNotFound(
            _("This listing has no page %(number)s.") % {"number": _shown(raw)},
            back_url,
            paginator.num_pages,
        ) from None
