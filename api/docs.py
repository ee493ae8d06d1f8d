"""The API's human-readable docs, Swagger UI and Redoc, served by the site itself: their
scripts and styles are static files of drf-spectacular-sidecar, the one inline start-up
script carries the response's CSP nonce. Both draw with inline styles (Redoc's
styled-components, Swagger UI's style attributes), so these two pages alone allow them;
Redoc's search runs in a worker started from a blob: URL."""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from django.utils.decorators import method_decorator
from drf_spectacular.views import SpectacularRedocView, SpectacularSwaggerSplitView

DOCS_POLICY = {"style-src": [UNSAFE_INLINE]}


@method_decorator(csp_update(DOCS_POLICY), name="get")
class SwaggerDocs(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"


@method_decorator(csp_update({**DOCS_POLICY, "worker-src": [SELF, "blob:"]}), name="get")
class RedocDocs(SpectacularRedocView):
    template_name = "api/redoc.html"
