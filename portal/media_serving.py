"""Media the application serves itself (README.md, "Media and documents").

- `public_rendition`: MEDIA_ROOT/images/ only, for production without nginx (and for
  development): long cache headers, ETag and Last-Modified with conditional GET, no
  directory listing, nothing outside that folder. Original images (original_images/),
  documents (documents/) and private renditions (private_images/) are never served here.
- `private_rendition`: a rendition of an image in a restricted collection
  (portal/private_images.py), after the collection's view restrictions are checked as
  Wagtail's document serve view checks them; sent by nginx (X-Accel-Redirect) where
  SENDFILE_URL is set, else streamed, or a redirect to a signed URL on object storage.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.shortcuts import get_object_or_404, redirect
from django.utils._os import safe_join
from django.utils.cache import patch_cache_control
from django.views import static
from django.views.decorators.http import condition, require_safe
from wagtail.documents.wagtail_hooks import check_view_restrictions
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

from portal.private_images import PRIVATE_RENDITIONS, PUBLIC_RENDITIONS


def _rendition_stat(path):
    try:
        file = Path(safe_join(Path(settings.MEDIA_ROOT) / PUBLIC_RENDITIONS, path))
        return file.stat() if file.is_file() else None
    except (SuspiciousFileOperation, OSError, ValueError):
        return None


def _rendition_etag(request, path):
    found = _rendition_stat(path)
    if found is None:
        return None
    return f"{found.st_mtime_ns:x}-{found.st_size:x}"


def _add_file_headers(response):
    # As Wagtail's own image serve view: no script runs in an image, no type is guessed.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"


@require_safe
@condition(etag_func=_rendition_etag)
def public_rendition(request, path):
    # static.serve joins the path safely (a 400 outside the folder), lists no directory
    # (a 404), and answers If-Modified-Since with a 304.
    response = static.serve(
        request, path, document_root=Path(settings.MEDIA_ROOT) / PUBLIC_RENDITIONS
    )
    patch_cache_control(response, public=True, max_age=settings.MEDIA_RENDITION_MAX_AGE)
    _add_file_headers(response)
    return response


def _may_see(request, image):
    # Editors who may use the image see its renditions in the admin whatever the restriction.
    policy = policy_registry.get_by_type(type(image))
    if policy.user_has_any_permission_for_instance(request.user, ["change", "choose"], image):
        return None
    return check_view_restrictions(image, request)


@require_safe
def private_rendition(request, name):
    Rendition = get_image_model().get_rendition_model()
    rendition = get_object_or_404(
        Rendition.objects.select_related("image__collection"), file=PRIVATE_RENDITIONS + name
    )
    refused = _may_see(request, rendition.image)
    if refused is not None:
        return refused
    try:
        local_path = rendition.file.path
    except NotImplementedError:
        local_path = None
    if local_path is None:
        response = redirect(rendition.file.url)  # a signed URL that expires
    else:
        backend = None if hasattr(settings, "SENDFILE_BACKEND") else sendfile_streaming_backend
        response = sendfile(request, local_path, backend=backend and backend.sendfile)
        _add_file_headers(response)
    # Never kept by the page cache, the HTTP cache in front or a shared proxy.
    patch_cache_control(response, private=True, max_age=0)
    return response
