"""/api/v2/: pages, images and documents (Wagtail's API v2 router), the OpenAPI schema
and its docs (Swagger UI and Redoc)."""

from django.urls import path, re_path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView
from wagtail.api.v2.router import WagtailAPIRouter

from .docs import RedocDocs, SwaggerDocs
from .views import DocumentsAPI, ImagesAPI, PagesAPI, not_found

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPI)
router.register_endpoint("images", ImagesAPI)
router.register_endpoint("documents", DocumentsAPI)

urlpatterns = [
    # The address DESIGN.md names for the schema.
    path("api/schema/", RedirectView.as_view(pattern_name="api_schema", query_string=True)),
    path("api/v2/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/v2/docs/", SwaggerDocs.as_view(url_name="api_schema"), name="api_docs"),
    path("api/v2/redoc/", RedocDocs.as_view(url_name="api_schema"), name="api_redoc"),
    path("api/v2/", router.urls),
    # Last of the API's routes (portal/urls.py includes this after awards' recognitions).
    re_path(r"^api/(?P<path>.*)$", not_found),
]
