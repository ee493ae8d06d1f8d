import logging

from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _

from portal import self_urls

logger = logging.getLogger(__name__)


def notify_moderators(comment, comment_settings, request=None):
    """Email the site's moderators about a comment awaiting moderation, linking to the
    admin on the address the comment was posted to (`request`). A mail failure is
    logged and kept on the comment settings, which the comment listing shows to moderators
    until an email goes out again; the comment is already stored."""
    recipients = comment_settings.notify_addresses()
    if not recipients:
        return
    edit_url = self_urls.root_url(request) + reverse(
        "wagtailsnippets_comments_comment:edit", args=[comment.pk]
    )
    subject = _("Comment awaiting moderation on “%(page)s”") % {"page": comment.page.title}
    body = _("%(name)s wrote:\n\n%(body)s\n\nModerate it: %(url)s\n") % {
        "name": comment.author_name,
        "body": comment.body,
        "url": edit_url,
    }
    try:
        send_mail(subject, body, None, recipients)
    except Exception as exc:
        logger.exception("Could not email moderators about comment %s", comment.pk)
        comment_settings.record_notification(error=str(exc) or type(exc).__name__)
    else:
        comment_settings.record_notification()
