"""The signed "form loaded at" timestamp behind the minimum-time rule."""

import time

from django.core import signing

SALT = "comments.form-loaded"
MAX_AGE = 2 * 24 * 3600  # a form open longer than this is sent again with a fresh stamp


class Expired(Exception):
    pass


def issue():
    return signing.dumps(time.time(), salt=SALT)


def seconds_since(stamp):
    """Seconds since the form was loaded, or None when the stamp is missing or forged.
    Raises Expired for a genuine stamp older than MAX_AGE."""
    if not stamp:
        return None
    try:
        loaded_at = signing.loads(stamp, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise Expired from error
    except signing.BadSignature:
        return None
    if not isinstance(loaded_at, (int, float)):
        return None
    return time.time() - loaded_at
