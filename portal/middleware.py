"""Answers for bad listing requests, in the site's design (see portal/filtering.py), and
for admin requests Wagtail would answer with a 500 or a leak."""

import logging

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from portal import admin_security
from portal.filtering import BadFilter, ListingPageNotFound

logger = logging.getLogger(__name__)


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


# Where a widget or block reads what was posted: its `value_from_datadict`, and a chooser
# widget's `get_value_data` (which looks the posted id up to show the form again).
FORM_DATA_READERS = ("value_from_datadict", "get_value_data")


def _raised_reading_form_data(exception):
    """Whether the exception came out of the reading of posted form data."""
    frame = exception.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_name in FORM_DATA_READERS:
            return True
        frame = frame.tb_next
    return False


# Numbers of blocks (StreamField, ListBlock) and of inline forms (formset management forms).
# Not MIN_NUM_FORMS and MAX_NUM_FORMS: Django never reads them from a post, and Wagtail's
# own editor posts an empty MAX_NUM_FORMS for its comments formset.
COUNT_SUFFIXES = ("-count", "-TOTAL_FORMS", "-INITIAL_FORMS")


def _malformed_keys(data):
    """Posted keys that Wagtail and Django would read without complaint but wrongly: a
    negative count of blocks or of inline forms (read as none, so the body or the inline
    rows are emptied), a count larger than a post can hold, or a block's `-deleted` other
    than Wagtail's "" and "1" (any text deletes the block)."""
    # A post carries at most DATA_UPLOAD_MAX_NUMBER_FIELDS fields, so no true count is
    # larger; a larger one would only make Django build (and show again) empty forms.
    most = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS or float("inf")
    for key, value in data.items():
        count_ok = not key.endswith(COUNT_SUFFIXES) or (value.isdigit() and int(value) <= most)
        deleted_ok = not key.endswith("-deleted") or value in ("", "1")
        if not (count_ok and deleted_ok):
            yield key


class AdminSecurityMiddleware:
    """Admin requests that Wagtail would answer with a 500 or with what the user may not see.

    A malformed admin POST is a 400 page saying what is wrong, and nothing is saved. Wagtail's
    StreamField blocks read the posted data by indexing it (`int(data["body-count"])`,
    `data["body-0-type"]`) and rich text and table blocks parse it as JSON, so a truncated or
    tampered post raises KeyError or ValueError, and so does a chooser showing the form again
    with an id that is not a number. Only those raised inside the reading of the posted data
    (FORM_DATA_READERS) are answered so: the same exception anywhere else is a bug and stays
    a reported 500. Counts that would be read as none (a negative `-count` or `-TOTAL_FORMS`)
    are refused before the view runs; a missing management form is Django's form error.

    The page chooser's browse and chosen views take a page id and name that page; the id of a
    draft the user may not edit is a 404, as the chooser's listings leave such drafts out
    (portal/admin_security.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if self._is_admin_post(request):
            wrong = sorted(_malformed_keys(request.POST))
            if wrong:
                detail = _("These fields have a value that cannot be read: %(names)s.") % {
                    "names": ", ".join(wrong)
                }
                return self._bad_form_data(request, detail, wrong)
        match = request.resolver_match
        if match is None or match.url_name not in admin_security.PAGE_CHOOSER_VIEWS:
            return None
        ids = [view_kwargs.get("parent_page_id"), *request.GET.getlist("id")]
        if not admin_security.pages_visible_in_chooser(request, [i for i in ids if i]):
            raise Http404
        return None

    def process_exception(self, request, exception):
        if not self._is_admin_post(request) or not isinstance(exception, KeyError | ValueError):
            return None
        if not _raised_reading_form_data(exception):
            return None
        if isinstance(exception, KeyError):
            detail = _("The field “%(name)s” is missing.") % {"name": exception.args[0]}
        else:
            detail = _("A field has a value that cannot be read.")
        return self._bad_form_data(request, detail, exception)

    @staticmethod
    def _is_admin_post(request):
        return request.method == "POST" and request.path.startswith(reverse("wagtailadmin_home"))

    @staticmethod
    def _bad_form_data(request, detail, cause):
        logger.warning("Malformed admin form data from %s: %r", request.path, cause)
        context = {"detail": detail, "back_url": request.get_full_path()}
        return render(request, "wagtailadmin/bad_form_data.html", context, status=400)
