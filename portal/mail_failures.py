"""Mail that could not be sent is logged and shown to whoever triggered it, never silent.

- `PasswordResetForm`: the admin's password reset (WAGTAILADMIN_USER_PASSWORD_RESET_FORM).
- `ReportingNotifier`: Wagtail's workflow email notifiers, wrapped; a failure is remembered
  in the shared cache for the editor who triggered it and shown on their next admin page
  (`show_mail_failures`, a `construct_main_menu` hook registered in portal/wagtail_hooks.py).
The comment moderators' notification keeps its failure on the comment settings
(comments/notifications.py).
"""

import logging
import threading

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.mail import get_connection
from django.utils.translation import gettext_lazy as _
from wagtail.admin import signal_handlers as wagtail_notifiers
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

logger = logging.getLogger(__name__)


class PasswordResetForm(WagtailPasswordResetForm):
    """Wagtail's form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM), but a mail server that cannot
    be reached or refuses the connection is a form error instead of the "check your email"
    page: Django logs a failed send and shows that page anyway. The server is tried before
    any account is looked up, so the answer is the same for every address and tells nobody
    whether an account exists. A message refused later (after the connection was accepted)
    is only logged, by Django, for the same reason."""

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors:
            try:
                connection = get_connection()
                connection.open()
                connection.close()
            except Exception as exc:
                logger.exception("Password reset: the mail server cannot be reached")
                raise forms.ValidationError(
                    _(
                        "The password reset email cannot be sent right now: our mail server "
                        "is unavailable. Please try again later or ask an administrator."
                    ),
                    code="mail_unavailable",
                ) from exc
        return cleaned_data


MAIL_FAILURES_KEY = "portal:mail-failures:{}"
MAIL_FAILURES_SECONDS = 24 * 3600


class _FailureReasons(logging.Handler):
    """Collects the exceptions Wagtail logs (and swallows) while this thread sends."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.thread = threading.get_ident()
        self.reasons = []

    def emit(self, record):
        if record.thread == self.thread and record.exc_info:
            self.reasons.append(str(record.exc_info[1]) or record.exc_info[0].__name__)


class ReportingNotifier:
    """Wagtail's workflow email notifier, unchanged, except that a failure (which Wagtail
    logs, or lets through for some SMTP errors) is logged and remembered for the editor who
    triggered it, who sees it on their next admin page (show_mail_failures)."""

    def __init__(self, notifier, event):
        self.notifier = notifier
        self.event = event

    def __call__(self, sender=None, instance=None, user=None, **kwargs):
        if not self.notifier.can_handle(instance, **kwargs):
            return False
        collector = _FailureReasons()
        wagtail_logger = logging.getLogger("wagtail.admin")
        wagtail_logger.addHandler(collector)
        try:
            sent = self.notifier(sender=sender, instance=instance, user=user, **kwargs)
        except Exception as exc:
            logger.exception("The workflow email (%s) could not be sent", self.event)
            sent, collector.reasons = False, [str(exc) or type(exc).__name__]
        finally:
            wagtail_logger.removeHandler(collector)
        if not sent and user is not None and user.pk:
            state = getattr(instance, "workflow_state", instance)
            remember_mail_failure(
                user,
                _(
                    "The email telling others that “%(object)s” was %(event)s could not be "
                    "sent (%(reason)s). Please let them know yourself."
                )
                % {
                    "object": state.content_object,
                    "event": self.event,
                    "reason": "; ".join(dict.fromkeys(collector.reasons))
                    or _("see the server log"),
                },
            )
        return sent


def remember_mail_failure(user, message):
    key = MAIL_FAILURES_KEY.format(user.pk)
    messages_so_far = cache.get(key) or []
    cache.set(key, [*messages_so_far, str(message)][-5:], MAIL_FAILURES_SECONDS)


def show_mail_failures(request, menu_items):
    """The main menu is built for every admin page, before its messages are shown; the
    failure may have happened in another process (the shared cache keeps it)."""
    if not request.user.is_authenticated:
        return
    key = MAIL_FAILURES_KEY.format(request.user.pk)
    failures = cache.get(key)
    if failures:
        cache.delete(key)
        for failure in failures:
            messages.warning(request, failure)


# Wagtail's notifiers: (signal, sender, dispatch_uid, notifier, what happened).
NOTIFIERS = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        wagtail_notifiers.task_submission_email_notifier,
        _("submitted for review"),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        wagtail_notifiers.workflow_submission_email_notifier,
        _("submitted for review"),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        wagtail_notifiers.workflow_rejection_email_notifier,
        _("sent back for changes"),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        wagtail_notifiers.workflow_approval_email_notifier,
        _("approved"),
    ),
]


def connect_reporting_notifiers():
    """Wagtail connects its notifiers in wagtail.admin's ready(); the same dispatch_uid
    replaces them whichever runs first (hooks modules load with the admin's URLs)."""
    for signal, sender, uid, notifier, event in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=uid)
        signal.connect(
            ReportingNotifier(notifier, event), sender=sender, dispatch_uid=uid, weak=False
        )
