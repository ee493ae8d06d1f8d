"""Media and documents: where uploads are stored and how they reach a visitor (README.md,
"Media and documents"). Only public renditions (MEDIA_ROOT/images/) are ever served
directly; original images, documents and the renditions of images in a restricted
collection (private_images/) go through the application's permission check."""

from pathlib import Path

from .env import env_bool, env_int, env_str

_BASE_DIR = Path(__file__).resolve().parent.parent.parent

MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(_BASE_DIR / "media")))

# The document serve view checks the collection's view restrictions (login, groups,
# password) before it hands the file over; a document's URL always points at it.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Behind nginx (deploy/nginx.conf), SENDFILE_URL names its `internal` location for
# MEDIA_ROOT: the application checks permissions and answers with X-Accel-Redirect, nginx
# sends the bytes. Unset, the application streams the file itself (Wagtail's default).
SENDFILE_URL = env_str("SENDFILE_URL", "")
if SENDFILE_URL:
    SENDFILE_BACKEND = "portal.sendfile_nginx"

# S3-compatible object storage when AWS_STORAGE_BUCKET_NAME is set. Originals, documents
# and private renditions get presigned URLs that expire (AWS_QUERYSTRING_EXPIRE seconds);
# public renditions (the images/ prefix, public-read in the bucket policy) get plain URLs,
# so that pages, the page cache and browsers can keep them. A custom domain (a CDN) is
# used for public renditions only: django-storages would not sign its URLs.
AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL", "") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME", "") or None
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    # Signature version 4 (the only one newer regions accept) carries its own expiry.
    AWS_S3_SIGNATURE_VERSION = "s3v4"
    AWS_QUERYSTRING_EXPIRE = env_int("AWS_QUERYSTRING_EXPIRE", 300)
    # Not Django's AWS_S3_CUSTOM_DOMAIN setting: the media storage would then stop signing.
    RENDITIONS_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN", "") or None
    _media_storage = {"BACKEND": "storages.backends.s3.S3Storage"}
    _rendition_storage = {
        "BACKEND": "portal.storage.RenditionS3Storage",
        "OPTIONS": {"custom_domain": RENDITIONS_CUSTOM_DOMAIN},
    }
    # Wagtail's serve view would stream a file without a local path through Python;
    # "redirect" sends the visitor, after the same permission check, to the signed URL.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    STORAGES = {"default": _media_storage, "renditions": _rendition_storage}
else:
    STORAGES = {"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

# How long browsers and proxies keep a public rendition served by the application.
MEDIA_RENDITION_MAX_AGE = env_int("MEDIA_RENDITION_MAX_AGE", 30 * 24 * 3600)
# Off only if the site serves public renditions some other way (a CDN in front of S3).
MEDIA_SERVE_RENDITIONS = env_bool("MEDIA_SERVE_RENDITIONS", True)
