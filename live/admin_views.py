"""The coverage page's own admin view: post an update in a few seconds, correct or delete
one. Each save is public at once and drops the cached page and its updates endpoint
(the `portal_cache_dependencies` hook of wagtail_hooks.py)."""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from .forms import LiveUpdateForm
from .models import LiveCoveragePage, LiveUpdate
from .permissions import can_post_updates


def posters_only(view):
    """A 403 for those who may not post. Wagtail's admin turns a PermissionDenied into a
    redirect to the dashboard; a refusal here says what it is, with its status."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_post_updates(request.user):
            return TemplateResponse(request, "live/admin/refused.html", status=403)
        return view(request, *args, **kwargs)

    return wrapped


def _coverage_for(request, page_id):
    return get_object_or_404(LiveCoveragePage, pk=page_id)


def _stream_url(page):
    return reverse("live_updates", args=[page.pk])


@require_http_methods(["GET", "POST"])
@posters_only
def updates_view(request, page_id):
    page = _coverage_for(request, page_id)
    form = LiveUpdateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        update = form.save(commit=False)
        update.page = page
        update.save()
        log(instance=page, action="live.update_posted", user=request.user)
        messages.success(request, _("Update posted: it is on the page now."))
        return redirect(_stream_url(page))
    return TemplateResponse(
        request,
        "live/admin/updates.html",
        {
            "page": page,
            "form": form,
            "updates": list(page.get_updates()),
            "zone_name": str(page.get_time_zone()),
            "public_url": page.get_url(request),
        },
    )


@require_http_methods(["GET", "POST"])
@posters_only
def edit_update_view(request, page_id, update_id):
    page = _coverage_for(request, page_id)
    update = get_object_or_404(LiveUpdate, pk=update_id, page=page)
    form = LiveUpdateForm(request.POST or None, request.FILES or None, instance=update)
    if request.method == "POST" and form.is_valid():
        form.save()
        log(instance=page, action="live.update_corrected", user=request.user)
        messages.success(request, _("Update corrected: the page shows the new text."))
        return redirect(_stream_url(page))
    return TemplateResponse(
        request, "live/admin/edit_update.html", {"page": page, "form": form, "update": update}
    )


@require_http_methods(["GET", "POST"])
@posters_only
def delete_update_view(request, page_id, update_id):
    page = _coverage_for(request, page_id)
    update = get_object_or_404(LiveUpdate, pk=update_id, page=page)
    if request.method == "POST":
        update.delete()
        log(instance=page, action="live.update_deleted", user=request.user)
        messages.success(request, _("Update deleted: it is no longer on the page."))
        return redirect(_stream_url(page))
    return TemplateResponse(
        request, "live/admin/delete_update.html", {"page": page, "update": update}
    )
