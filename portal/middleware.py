"""Answers for bad listing requests, in the site's design (see portal/filtering.py)."""

from django.shortcuts import render
from django.utils.translation import gettext as _

from portal.filtering import BadFilter, ListingPageNotFound


class ListingErrorMiddleware:
    """A BadFilter raised by any view is a 400 page naming the wrong values, with a link
    to the unfiltered listing; a ListingPageNotFound is a 404 page with a link back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, BadFilter):
            context = {
                "meta_title": _("This listing cannot be filtered that way"),
                "errors": exception.errors,
                "reset_url": exception.reset_url or request.path,
            }
            return render(request, "portal/bad_filter.html", context, status=400)
        if isinstance(exception, ListingPageNotFound):
            context = {
                "meta_title": _("There is no such page in this listing"),
                "message": exception.message,
                "back_url": exception.back_url or request.path,
                "num_pages": exception.num_pages,
            }
            return render(request, "portal/listing_page_not_found.html", context, status=404)
        return None
