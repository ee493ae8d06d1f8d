"""A sendfile backend for nginx (SENDFILE_BACKEND = "portal.sendfile_nginx"), for Wagtail's
`wagtail.utils.sendfile`: after the permission check, the response carries no bytes, only
an X-Accel-Redirect to nginx's `internal` location (SENDFILE_URL) for the same file under
SENDFILE_ROOT (MEDIA_ROOT unless set). nginx then sends the file and drops the header.
Wagtail ships only a streaming backend, and django-sendfile is not a dependency."""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import Http404, HttpResponse


def sendfile(request, filename, **kwargs):
    root = Path(getattr(settings, "SENDFILE_ROOT", None) or settings.MEDIA_ROOT).resolve()
    path = Path(filename).resolve()
    if not path.is_relative_to(root):
        raise Http404("The file is not under SENDFILE_ROOT.")
    response = HttpResponse()
    location = settings.SENDFILE_URL.rstrip("/") + "/" + path.relative_to(root).as_posix()
    response["X-Accel-Redirect"] = quote(location)
    return response
