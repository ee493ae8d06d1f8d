"""Brotli or gzip (zstd too) for pages, feeds, sitemaps, JSON and calendars, when the client
asks (django-http-compression picks the best coding of Accept-Encoding).

Left as they are: streamed and file responses (documents, media: already compressed, or
not worth holding in memory) and X-Accel-Redirect answers, whose body nginx sends. Every
compressible response says `Vary: Accept-Encoding`, compressed or not, so that a shared
cache never hands a compressed copy to a client that did not ask for one, or the reverse.

It sits above the conditional-GET middleware (settings/base.py), so ETags are computed on
the identity body and one validator serves every coding (portal/conditional_get.py makes
them weak).
"""

from django.utils.cache import patch_vary_headers
from django_http_compression.middleware import HttpCompressionMiddleware

# nginx sends the file of such a response (portal/sendfile_nginx.py).
ACCEL_HEADER = "X-Accel-Redirect"


class CompressionMiddleware(HttpCompressionMiddleware):
    def maybe_compress(self, request, response):
        if response.streaming or response.has_header(ACCEL_HEADER):
            return
        content_type = response.get("Content-Type", "").split(";", 1)[0]
        if not self.content_type_re.match(content_type):
            return
        patch_vary_headers(response, ("Accept-Encoding",))
        super().maybe_compress(request, response)
