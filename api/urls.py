"""/api/v2/: pages, images and documents (Wagtail's API v2 router)."""

from django.urls import path
from wagtail.api.v2.router import WagtailAPIRouter

from .views import DocumentsAPI, ImagesAPI, PagesAPI

router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPI)
router.register_endpoint("images", ImagesAPI)
router.register_endpoint("documents", DocumentsAPI)

urlpatterns = [
    path("api/v2/", router.urls),
]
