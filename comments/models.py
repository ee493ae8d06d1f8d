"""Visitor comments: the opt-in mixin for page types, the stored comment with its verdict,
and the per-site moderation settings."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from comments.pending import has_pending_cookie
from portal.per_change import PerChangeSiteSetting


def comments_open_field(default=True):
    """The field; a page type whose pages start closed redeclares it with default=False."""
    return models.BooleanField(
        _("comments open"),
        default=default,
        help_text=_(
            "Let visitors comment on this page. Comments also close by themselves after "
            "the number of days set in the comment settings."
        ),
    )


class CommentableMixin(models.Model):
    """Mix into a page type (before BasePage) to let visitors comment on its pages.

    Render the section with `{% load comments_tags %}{% comments_for page %}`."""

    comments_open = comments_open_field()
    comments_panels = [FieldPanel("comments_open")]

    class Meta:
        abstract = True

    def comments_are_open(self, comment_settings=None):
        if not self.comments_open:
            return False
        if comment_settings is None:
            comment_settings = CommentSettings.for_site(self.get_site())
        days = comment_settings.close_after_days
        if days and self.first_published_at:
            return timezone.now() < self.first_published_at + timedelta(days=days)
        return True

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if has_pending_cookie(request):
            # The page may show this visitor's own pending comment: keep it out of every
            # shared cache (see portal/page_cache.py, which skips private responses).
            add_never_cache_headers(response)  # no-cache, no-store, private
        return response


class Comment(models.Model):
    class Status(models.TextChoices):
        APPROVED = "approved", _("Approved")
        PENDING = "pending", _("Awaiting moderation")
        SPAM = "spam", _("Spam")
        REMOVED = "removed", _("Removed")

    class Reason(models.TextChoices):
        CLEAN = "clean", _("Passed every check")
        HELD = "held", _("Held: every comment is moderated")
        HONEYPOT = "honeypot", _("Honeypot field filled in")
        TOO_FAST = "too_fast", _("Sent too fast after the form was loaded")
        NO_TIMESTAMP = "no_timestamp", _("Form timestamp missing or forged")
        TOO_MANY_LINKS = "links", _("Too many links")
        BLOCKLIST = "blocklist", _("Blocked word")
        AKISMET_SPAM = "akismet_spam", _("Akismet: spam")
        AKISMET_HAM = "akismet_ham", _("Akismet: not spam")
        AKISMET_DOWN = "akismet_down", _("Akismet unreachable: held for moderation")
        RATE_UNCHECKED = "rate_unchecked", _("Rate limits unavailable: held for moderation")
        MODERATOR = "moderator", _("Decided by a moderator")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        # A deleted page keeps its comments: they stay with the page's title and address.
        on_delete=models.SET_NULL,
        related_name="visitor_comments",
        help_text=_("The page the comment was posted on; empty once that page is deleted."),
    )
    page_title = models.CharField(
        _("page title"),
        max_length=255,
        blank=True,
        help_text=_("The page's title when the comment was posted, kept if it is deleted."),
    )
    page_url = models.CharField(
        _("page address"),
        max_length=255,
        blank=True,
        help_text=_("The page's address when the comment was posted, kept if it is deleted."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("in reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
        help_text=_("The top-level comment this one answers (replies are one level deep)."),
    )
    author_name = models.CharField(
        _("name"), max_length=80, help_text=_("The name shown with the comment.")
    )
    author_email = models.EmailField(
        _("email"), help_text=_("Private: never shown on the site, in feeds or in the API.")
    )
    author_url = models.URLField(
        _("website"), blank=True, help_text=_("Optional; shown as a link on the name.")
    )
    body = models.TextField(
        _("comment"), help_text=_("Plain text; links are made clickable when shown.")
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
        help_text=_("Only approved comments are shown. Spam and removed ones are kept."),
    )
    reason = models.CharField(
        _("verdict reason"),
        max_length=16,
        choices=Reason.choices,
        default=Reason.HELD,
        help_text=_("The main reason for the status given on arrival or by a moderator."),
    )
    reason_detail = models.CharField(
        _("verdict details"),
        max_length=255,
        blank=True,
        help_text=_("Every check that fired, for moderators."),
    )
    ip_address = models.GenericIPAddressField(
        _("IP address"), null=True, blank=True, help_text=_("The sender's address.")
    )
    user_agent = models.CharField(
        _("browser"), max_length=255, blank=True, help_text=_("The sender's browser.")
    )
    created_at = models.DateTimeField(
        _("posted at"), default=timezone.now, db_index=True, help_text=_("When it arrived.")
    )
    moderated_at = models.DateTimeField(
        _("moderated at"), null=True, blank=True, help_text=_("Last moderator decision.")
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("moderated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Who made the last moderator decision."),
    )

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "status", "created_at"])]

    def __str__(self):
        return f"{self.author_name}: {self.body[:60]}"

    def save(self, *args, **kwargs):
        if self.page_id and not self.page_title:
            self.page_title = self.page.title[:255]
            self.page_url = (self.page.url_path or "")[:255]
        super().save(*args, **kwargs)

    @property
    def page_label(self):
        """The page, or what is remembered of it once deleted."""
        if self.page_id:
            return self.page.title
        return _("%(title)s (page deleted)") % {"title": self.page_title or _("untitled")}

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.__dict__.get("status")
        return instance

    @property
    def is_public(self):
        return self.status == self.Status.APPROVED


class ModerationMode(models.TextChoices):
    HOLD_ALL = "hold_all", _("Hold every comment for moderation")
    AUTO_APPROVE = "auto_approve", _("Publish comments that pass every check at once")


@register_setting(icon="comment")
class CommentSettings(PerChangeSiteSetting, BaseSiteSetting):
    moderation_mode = models.CharField(
        _("moderation"),
        max_length=16,
        choices=ModerationMode.choices,
        default=ModerationMode.HOLD_ALL,
        help_text=_("Spam is always held back, whatever is chosen here."),
    )
    close_after_days = models.PositiveIntegerField(
        _("close comments after (days)"),
        default=0,
        help_text=_("Close comments this many days after a page is first published. 0: never."),
    )
    min_seconds_to_submit = models.PositiveIntegerField(
        _("minimum seconds before sending"),
        default=3,
        help_text=_("Comments sent sooner after the form was loaded are marked as spam."),
    )
    max_links = models.PositiveIntegerField(
        _("maximum links"),
        default=2,
        help_text=_("Comments with more links than this are marked as spam."),
    )
    blocklist = models.TextField(
        _("blocked words"),
        blank=True,
        help_text=_(
            "One word or phrase a line; comments containing one (in the name, website or "
            "text, ignoring case) are marked as spam."
        ),
    )
    notify_emails = models.TextField(
        _("notify moderators"),
        blank=True,
        help_text=_("Email addresses, one a line, told about each comment awaiting moderation."),
    )
    # Set when the last email to moderators failed, cleared by the next one that goes out;
    # in the database, so that every process and every moderator sees it until then.
    notify_failed_at = models.DateTimeField(
        _("last notification failed at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("When the last email to moderators could not be sent."),
    )
    notify_error = models.CharField(
        _("last notification error"),
        max_length=255,
        blank=True,
        editable=False,
        help_text=_("Why the last email to moderators could not be sent."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("moderation_mode"), FieldPanel("notify_emails")],
            heading=_("Moderation"),
        ),
        FieldPanel("close_after_days"),
        MultiFieldPanel(
            [FieldPanel("min_seconds_to_submit"), FieldPanel("max_links"), FieldPanel("blocklist")],
            heading=_("Spam rules"),
        ),
    ]

    class Meta:
        verbose_name = _("comment settings")

    @staticmethod
    def _lines(text):
        return [line.strip() for line in text.splitlines() if line.strip()]

    def blocked_words(self):
        return [word.lower() for word in self._lines(self.blocklist)]

    def notify_addresses(self):
        return self._lines(self.notify_emails)

    def record_notification(self, error=None):
        """Remember whether the last email to moderators went out; an update, not a save,
        so that the page cache (which a settings save clears) is left alone."""
        if error is None:
            # These settings may be the per-change copy (portal/per_change.py), older than a
            # failure recorded since: clear what the database holds.
            self.notify_failed_at, self.notify_error = None, ""
            type(self).objects.filter(pk=self.pk, notify_failed_at__isnull=False).update(
                notify_failed_at=None, notify_error=""
            )
            return
        self.notify_failed_at = timezone.now() if error is not None else None
        self.notify_error = (error or "")[:255]
        type(self).objects.filter(pk=self.pk).update(
            notify_failed_at=self.notify_failed_at, notify_error=self.notify_error
        )
