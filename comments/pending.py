"""The visitor's own comments awaiting moderation, remembered in a signed cookie so that
they (and nobody else) see them. Responses to a request with this cookie are never cached
(CommentableMixin.serve marks them private)."""

from django.core import signing

COOKIE_NAME = "comments_mine"
COOKIE_SALT = "comments.mine"
COOKIE_MAX_AGE = 30 * 24 * 3600
MAX_REMEMBERED = 20


def has_pending_cookie(request):
    return COOKIE_NAME in request.COOKIES


def read_pending_ids(request):
    try:
        raw = request.get_signed_cookie(COOKIE_NAME, salt=COOKIE_SALT, max_age=COOKIE_MAX_AGE)
    except (KeyError, signing.BadSignature):
        return []
    return [int(part) for part in raw.split(",") if part.isdigit()]


def remember_pending(request, response, comment_id):
    ids = [comment_id, *(i for i in read_pending_ids(request) if i != comment_id)]
    response.set_signed_cookie(
        COOKIE_NAME,
        ",".join(str(i) for i in ids[:MAX_REMEMBERED]),
        salt=COOKIE_SALT,
        max_age=COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
