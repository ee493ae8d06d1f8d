"""The shared listing-filter policy (portal/filtering.py): what a visitor is told about a bad
filter value or an impossible page number, whatever listing they were on."""

import django_filters
import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict
from django.test import RequestFactory
from wagtail.models import Page

from portal.filtering import (
    MAX_SHOWN_VALUE,
    BadFilter,
    ListingFilterSet,
    ListingPageNotFound,
    paginate,
    querystring_without,
)
from portal.middleware import ListingErrorMiddleware


class PageFilterSet(ListingFilterSet):
    depth = django_filters.NumberFilter(field_name="depth", min_value=1, label="Depth")
    slug = django_filters.CharFilter(field_name="slug", label="Slug")


def _request(path="/listing/", **params):
    return RequestFactory().get(path, params)


@pytest.mark.django_db
def test_a_valid_value_filters_and_unknown_or_blank_parameters_are_ignored():
    request = _request(depth="1", slug="", utm_source="mail")
    filters = PageFilterSet(request.GET, queryset=Page.objects.all(), request=request)
    assert list(filters.qs) == list(Page.objects.filter(depth=1))
    assert filters.cleaned == {"depth": 1}


@pytest.mark.django_db
def test_a_malformed_value_is_a_bad_filter_naming_the_parameter_and_value():
    request = _request("/news/", depth="20x3", tag="ai")
    filters = PageFilterSet(request.GET, queryset=Page.objects.all(), request=request)
    with pytest.raises(BadFilter) as raised:
        list(filters.qs)
    (error,) = raised.value.errors
    assert (error.param, error.label, error.value) == ("depth", "Depth", "20x3")
    assert error.message
    assert raised.value.reset_url == "/news/"
    assert set(raised.value.as_dict()) == {"depth"}


def test_an_invisible_or_long_value_is_shown_escaped_and_shortened():
    request = _request(depth="1\x00\u200f" + "9" * 200)
    filters = PageFilterSet(request.GET, queryset=Page.objects.none(), request=request)
    with pytest.raises(BadFilter) as raised:
        filters.check()
    shown = raised.value.errors[0].value
    assert "\x00" not in shown and "\\x00" in shown and "\\u200f" in shown
    assert len(shown) == MAX_SHOWN_VALUE and shown.endswith("…")


@pytest.mark.parametrize("raw", ["0", "x", "-1", "1.5", "٣", "9" * 40, "4"])
def test_an_impossible_page_number_is_a_listing_page_not_found(raw):
    request = _request("/news/", page=raw, tag="ai")
    with pytest.raises(ListingPageNotFound) as raised:
        paginate(request, list(range(25)), per_page=10)
    assert raised.value.back_url == "/news/?tag=ai"
    assert raised.value.num_pages == 3


def test_a_possible_page_number_is_that_page():
    page = paginate(_request(page="3"), list(range(25)), per_page=10)
    assert list(page) == [20, 21, 22, 23, 24]
    assert list(paginate(_request(), list(range(25)), per_page=10)) == list(range(10))


def test_querystring_without_keeps_repeated_values_in_order():
    params = QueryDict("tag=a&page=2&tag=b&year=2023")
    assert querystring_without(params, "page") == "?tag=a&tag=b&year=2023"
    assert querystring_without(params, "page", "tag", "year") == ""


@pytest.mark.django_db
def test_the_middleware_answers_a_bad_filter_with_a_400_page_in_the_site_design():
    request = _request("/news/", depth="20x3")
    request.user = AnonymousUser()
    middleware = ListingErrorMiddleware(lambda request: None)
    filters = PageFilterSet(request.GET, queryset=Page.objects.all(), request=request)
    try:
        filters.check()
    except BadFilter as exc:
        response = middleware.process_exception(request, exc)
    assert response.status_code == 400
    html = response.content.decode()
    assert "20x3" in html and "Depth" in html
    assert 'href="/news/"' in html
    assert '<meta name="robots" content="noindex">' in html


@pytest.mark.django_db
def test_the_middleware_answers_an_impossible_page_with_a_404_and_a_link_back():
    request = _request("/news/", page="99", tag="ai")
    request.user = AnonymousUser()
    middleware = ListingErrorMiddleware(lambda request: None)
    try:
        paginate(request, list(range(5)), per_page=10)
    except ListingPageNotFound as exc:
        response = middleware.process_exception(request, exc)
    assert response.status_code == 404
    html = response.content.decode()
    assert "99" in html and 'href="/news/?tag=ai"' in html


def test_the_middleware_leaves_other_exceptions_alone():
    middleware = ListingErrorMiddleware(lambda request: None)
    assert middleware.process_exception(_request(), ValueError("boom")) is None
