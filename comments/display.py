"""What the comment section of a page shows, in a fixed number of queries whatever the
number of comments: one aggregate, one page of top-level comments, their replies, and (only
for a visitor with pending comments) their own."""

from django.db.models import Count, Prefetch, Q

from comments.forms import CommentForm
from comments.models import Comment, CommentSettings
from comments.pending import read_pending_ids

PER_PAGE = 20
ORDERINGS = {"oldest": "created_at", "newest": "-created_at"}
DEFAULT_ORDER = "oldest"
Status = Comment.Status

PUBLIC_FIELDS = (
    "id",
    "page_id",
    "parent_id",
    "author_name",
    "author_url",
    "body",
    "created_at",
    "status",
)


def _int_param(request, name, default=None):
    value = request.GET.get(name, "")
    return int(value) if value.isdigit() and len(value) < 10 else default


def build_section(page, request):
    comment_settings = CommentSettings.for_request(request)
    order = request.GET.get("comments")
    if order not in ORDERINGS:
        order = DEFAULT_ORDER
    approved = Comment.objects.filter(page_id=page.pk, status=Status.APPROVED).only(*PUBLIC_FIELDS)
    counts = approved.aggregate(total=Count("id"), top=Count("id", filter=Q(parent__isnull=True)))
    pages = max(1, -(-counts["top"] // PER_PAGE))
    number = min(max(_int_param(request, "cpage", 1), 1), pages)
    start = (number - 1) * PER_PAGE
    replies = approved.order_by("created_at")
    top_level = list(
        approved.filter(parent__isnull=True)
        .order_by(ORDERINGS[order], "id" if order == "oldest" else "-id")
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="public_replies"))[
            start : start + PER_PAGE
        ]
    )

    mine, just_posted = [], None
    pending_ids = read_pending_ids(request)
    if pending_ids:
        own = list(
            Comment.objects.filter(pk__in=pending_ids, page_id=page.pk)
            .exclude(status=Status.REMOVED)
            .only(*PUBLIC_FIELDS)
        )
        mine = [c for c in own if c.status in (Status.PENDING, Status.SPAM)]
        posted_id = _int_param(request, "comment")
        just_posted = next((c for c in own if c.pk == posted_id), None)

    reply_to = None
    reply_id = _int_param(request, "reply")
    if reply_id:
        reply_to = next((c for c in top_level if c.pk == reply_id), None)
        if reply_to is None:
            reply_to = approved.filter(pk=reply_id).first()
        if reply_to is not None and reply_to.parent_id:
            reply_to = approved.filter(pk=reply_to.parent_id).first()

    is_open = page.comments_are_open(comment_settings)
    params = request.GET.copy()
    for name in ("reply", "comment"):
        params.pop(name, None)
    reply_query = f"?{params.urlencode()}&reply=" if params else "?reply="
    return {
        "page": page,
        "request": request,
        "total": counts["total"],
        "comments": top_level,
        "order": order,
        "orderings": list(ORDERINGS),
        "cpage": number,
        "cpages": pages,
        "previous_cpage": number - 1 if number > 1 else None,
        "next_cpage": number + 1 if number < pages else None,
        "mine": mine,
        "just_posted": just_posted,
        "is_open": is_open,
        "form": CommentForm(page=page, initial={"parent": reply_to.pk if reply_to else None})
        if is_open
        else None,
        "reply_to": reply_to,
        "reply_query": reply_query,
    }
