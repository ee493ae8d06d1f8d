"""What the news index's routes render: the filtered, paginated listing and the feeds.

The page model's route methods call these with the page (this module sits below the
models, so it never imports them)."""

import datetime
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import render
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from portal.filtering import paginate

from .facets import index_facets
from .feeds import NewsAtomFeed, NewsRssFeed
from .filters import NewsFilterSet

ARTICLES_PER_PAGE = 10


def _filters(index, request, query, route_values):
    """The filters of the listing; a bad route value is a missing page (404), a bad
    query-string value a BadFilter (400) when the filtered queryset is read."""
    data = {key: query.get(key) for key in query}
    data.update({key: value for key, value in route_values.items() if value is not None})
    filters = NewsFilterSet(
        data, queryset=index.articles(), request=request, reset_url=index.get_url(request)
    )
    if filters.is_bound and not filters.is_valid() and filters.form.errors.keys() & route_values:
        raise Http404(_("There is no such news listing."))
    return filters


def news_listing(index, request, **route_values):
    filters = _filters(index, request, request.GET, route_values)
    page_obj = paginate(request, filters.qs, ARTICLES_PER_PAGE)
    description = filters.describe()
    listing_url = index.get_url(request)

    def url_without(name):
        params = filters.query_params(without=name)
        return listing_url + (f"?{urlencode(params)}" if params else "")

    context = {
        **index_facets(index),
        "filters": filters,
        "filter_labels": [(label, url_without(name)) for name, label in description],
        "page_obj": page_obj,
        "articles": page_obj.object_list,
        "selected": filters.query_params(),
        "month_choices": [
            (number, date_format(datetime.date(2000, number, 1), "MONTH_NAME_FORMAT"))
            for number in range(1, 13)
        ],
    }
    values = filters.cleaned
    alternates = []
    if "tag" in values:
        alternates += index.get_feed_links(request, tag=values["tag"])
    if "summit" in values:
        alternates += index.get_feed_links(request, summit=values["summit"])
    context["alternate_links"] = alternates
    if description:
        context["listing_heading"] = "; ".join(label for _name, label in description)
        context["meta_title"] = f"{context['listing_heading']} | {index.title}"
        if request.GET.keys() - {"page"}:
            context["noindex"] = True
    canonical = request.build_absolute_uri(request.path)
    if page_obj.number > 1:
        canonical += f"?page={page_obj.number}"
    context["canonical_url"] = canonical
    return index.render(request, context_overrides=context)


def news_feed(index, request, kind, **route_values):
    """The RSS or Atom feed of all the news, or of one tag or summit (the query string is
    not read)."""
    filters = _filters(index, request, {}, route_values)
    values = filters.cleaned
    if "tag" in values:
        title = _("%(site)s: news tagged “%(tag)s”") % {
            "site": index.title,
            "tag": values["tag"].name,
        }
    elif "summit" in values:
        title = _("%(site)s: news about %(summit)s") % {
            "site": index.title,
            "summit": values["summit"].title,
        }
    else:
        title = index.title
    feed_class = NewsAtomFeed if kind == "atom" else NewsRssFeed
    return feed_class(index, filters.qs, title)(request)


@require_safe
@cache_control(max_age=86400, public=True)
def feed_stylesheet(request):
    """The XSLT that shows the feeds as a page in browsers (they fetch it as text/xsl)."""
    return render(request, "news/feed.xsl", content_type="text/xsl; charset=utf-8")
