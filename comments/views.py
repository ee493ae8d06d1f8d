"""The two uncached endpoints behind the comment form of (possibly cached) pages."""

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from comments import ratelimit, spam, timestamps
from comments.forms import HONEYPOT_FIELD, CommentForm
from comments.models import Comment, CommentableMixin, CommentSettings
from comments.notifications import notify_moderators
from comments.pending import remember_pending


@never_cache
@require_safe
def form_token(request):
    """A fresh CSRF token and "form loaded at" stamp for a form served from the page cache."""
    return JsonResponse({"csrfToken": get_token(request), "loadedAt": timestamps.issue()})


def _csrf_ok(request):
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is None


def _problem(request, page, message, status, form=None):
    """An uncached page with the message and, when given, the form refilled with what the
    visitor typed and a fresh token, so that nothing is lost."""
    if form is not None and form.is_bound and not form.errors:
        form = CommentForm(initial=form.data.dict(), page=page)
    context = {
        "article": page,
        "form": form,
        "message": message,
        "loaded_at": timestamps.issue(),
        "body_text": request.POST.get("body", ""),
        "meta_title": _("Your comment"),
        "noindex": True,
    }
    return render(request, "comments/post_problem.html", context, status=status)


def _database_unavailable(request, page_id):
    """The form, filled with what the visitor typed, when the database cannot be reached:
    rendered from the request alone, and posting to the same address."""
    retry_after = settings.RETRY_AFTER_SECONDS
    data = {key: request.POST.get(key, "") for key in CommentForm.base_fields}
    context = {
        "form": CommentForm(initial=data),
        "page": {"pk": page_id},
        "loaded_at": timestamps.issue(),
        "retry_after": retry_after,
    }
    response = render(request, "comments/post_unavailable.html", context, status=503)
    response["Retry-After"] = str(retry_after)
    return response


@never_cache
@csrf_exempt  # checked below, so that a stale token re-shows the form instead of a bare 403
@require_POST
def post_comment(request, page_id):
    try:
        return _post_comment(request, page_id)
    except (OperationalError, InterfaceError):
        return _database_unavailable(request, page_id)


def _post_comment(request, page_id):
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    if not isinstance(page, CommentableMixin):
        raise Http404
    comment_settings = CommentSettings.for_request(request)
    form = CommentForm(request.POST, page=page)

    if not page.comments_are_open(comment_settings):
        message = _("Comments are closed on this page. Your comment was not posted.")
        return _problem(request, page, message, 403)
    if not _csrf_ok(request):
        message = _(
            "For your security, please send the form once more: it is refreshed below, "
            "with everything you typed."
        )
        return _problem(request, page, message, 403, form)
    ip = ratelimit.client_ip(request)
    too_many = _(
        "You have sent several comments in a short time. Please wait a few minutes "
        "and send this one again; your text is kept below."
    )
    # None: the counters cannot be reached; the comment is then held for moderation.
    ip_allowed = ratelimit.allow("ip", ip or "unknown")
    if ip_allowed is False:
        return _problem(request, page, too_many, 429, form)
    if not form.is_valid():
        return _problem(request, page, _("Please correct the errors below."), 400, form)
    email_allowed = ratelimit.allow("email", form.cleaned_data["author_email"].lower())
    if email_allowed is False:
        return _problem(request, page, too_many, 429, form)
    try:
        elapsed = timestamps.seconds_since(form.cleaned_data["loaded_at"])
    except timestamps.Expired:
        message = _(
            "The form was open for a long time. We have refreshed it: please send it again."
        )
        return _problem(request, page, message, 400, form)

    verdict = spam.judge(
        form.cleaned_data,
        request.POST.get(HONEYPOT_FIELD, ""),
        elapsed,
        comment_settings,
        request,
        page,
        ip,
    )
    if None in (ip_allowed, email_allowed) and verdict.status == Comment.Status.APPROVED:
        verdict = spam.Verdict(
            Comment.Status.PENDING,
            Comment.Reason.RATE_UNCHECKED,
            [Comment.Reason.RATE_UNCHECKED.label],
        )
    comment = form.save(commit=False)
    comment.page = page
    comment.parent = form.cleaned_data["parent"]
    comment.status = verdict.status
    comment.reason = verdict.reason
    comment.reason_detail = verdict.detail_text
    comment.ip_address = ip
    comment.user_agent = request.META.get("HTTP_USER_AGENT", "")[:255]
    comment.save()
    if comment.status == comment.Status.PENDING:
        notify_moderators(comment, comment_settings, request)

    response = HttpResponseRedirect(
        f"{page.get_url(request)}?comment={comment.pk}#comment-{comment.pk}"
    )
    response.status_code = 303
    remember_pending(request, response, comment.pk)
    return response
