"""The site's own login (/login/, for pages with a "login required" privacy setting) and
the page shown when django-axes locks a username and address out (AXES_LOCKOUT_CALLABLE)."""

import math

from axes.helpers import get_client_username, get_cool_off
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _


class LoginView(auth_views.LoginView):
    template_name = "portal/login.html"
    extra_context = {"meta_title": _("Log in"), "noindex": True}


class LogoutView(auth_views.LogoutView):
    template_name = "portal/logged_out.html"
    extra_context = {"meta_title": _("Logged out"), "noindex": True}


def lockout_response(request, _original_response=None, credentials=None):
    """429 in the site's design, saying how long to wait, with Retry-After."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else None
    context = {
        "meta_title": _("Too many failed logins"),
        "noindex": True,
        "username": get_client_username(request, credentials) or "",
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": math.ceil(seconds / 60) if seconds else None,
        "login_url": request.path,
    }
    response = render(request, "portal/login_locked.html", context, status=429)
    if seconds:
        response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
