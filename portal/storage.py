"""Object storage for renditions (settings/media.py, with AWS_STORAGE_BUCKET_NAME)."""

from django.core.files.storage import storages
from storages.backends.s3 import S3Storage

from portal.private_images import PRIVATE_RENDITIONS


class RenditionS3Storage(S3Storage):
    """Public renditions get plain URLs: the same in every page, so the page cache, a CDN
    and browsers can keep them (the bucket policy makes images/ public-read). Renditions of
    restricted images (private_images/) are signed by the media storage, as documents and
    originals are, and reached only through the permission-checked view."""

    def __init__(self, **settings):
        settings.setdefault("querystring_auth", False)
        super().__init__(**settings)

    def url(self, name, parameters=None, expire=None, http_method=None):
        if name.startswith(PRIVATE_RENDITIONS):
            return storages["default"].url(name, parameters, expire, http_method)
        return super().url(name, parameters, expire, http_method)
