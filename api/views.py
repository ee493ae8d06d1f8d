"""The pages, images and documents endpoints: Wagtail's API v2 with the site's API policy
(portal/api.py): public content only, named 400s, limit/offset pagination, throttling and
ETags. The fields of each page type are in api/fields.py, the filters in api/filters.py."""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework.views import APIView
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.api import (
    LimitOffsetPagination,
    ParamError,
    PublicAPIMixin,
    check_known_parameters,
    error_body,
)

from . import filters, schema
from .fields import IMAGE_FIELDS, fields_of, with_related


class SitePolicyMixin(PublicAPIMixin):
    pagination_class = LimitOffsetPagination
    known_query_parameters = frozenset()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        known = self.known_query_parameters
        if self.action != "listing_view":
            known = {"fields"} | (
                self.find_query_parameters if self.action == "find_view" else set()
            )
        check_known_parameters(request.GET, known)

    def check_query_parameters(self, queryset):
        """Done in initial(), for every action."""

    def handle_exception(self, exc):
        # Wagtail's own errors not raised by a filter are about the fields parameter.
        if isinstance(exc, BadRequestError):
            exc = ParamError({"fields": str(exc)})
        return APIView.handle_exception(self, exc)  # with the site's exception handler

    def find_object(self, queryset, request):
        if "id" in request.GET and not request.GET["id"].isdigit():
            raise ParamError({"id": _("Enter a page number such as 3.")})
        return super().find_object(queryset, request)


@schema.pages_schema
class PagesAPI(SitePolicyMixin, PagesAPIViewSet):
    filter_backends = filters.PAGE_FILTERS
    known_query_parameters = filters.PAGE_PARAMETERS
    find_query_parameters = frozenset(["id", "html_path"])

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + list(fields_of(model)))

    def get_base_queryset(self):
        # public(): no page under any view restriction, whoever asks (Wagtail would show a
        # password-protected page to a visitor who has entered its password).
        return super().get_base_queryset().public()

    def get_queryset(self):
        page_type = self.request.GET.get("type")
        if page_type is not None and page_type not in schema.PAGE_TYPES:
            raise ParamError({"type": _("There is no such page type.")})
        try:
            return with_related(super().get_queryset())
        except BadRequestError as exc:
            raise ParamError({"type": _("There is no such page type.")}) from exc


@schema.images_schema
class ImagesAPI(SitePolicyMixin, ImagesAPIViewSet):
    filter_backends = filters.MEDIA_FILTERS
    known_query_parameters = filters.MEDIA_PARAMETERS
    meta_fields = ["type", "detail_url", "tags"]  # no download_url: originals are not served
    listing_default_fields = ["id", "type", "detail_url", "title", "thumbnail"]
    nested_default_fields = ["id", "type", "detail_url", "title"]

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields(cls.body_fields + IMAGE_FIELDS)


@schema.documents_schema
class DocumentsAPI(SitePolicyMixin, DocumentsAPIViewSet):
    filter_backends = filters.MEDIA_FILTERS
    known_query_parameters = filters.MEDIA_PARAMETERS


def not_found(request, path=""):
    """Any other address under /api/: a 404 in the API's format, not the site's HTML page."""
    return JsonResponse(error_body(_("Not found.")), status=404)
