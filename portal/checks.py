"""The project's own system checks (registered in PortalConfig.ready)."""

import os

from django.conf import settings
from django.core import checks

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"


def mail_server_configured(environ=os.environ):
    return bool(environ.get("EMAIL_URL", "").strip() or environ.get("EMAIL_HOST", "").strip())


@checks.register(checks.Tags.security, deploy=True)
def mail_server_check(app_configs, **kwargs):
    """`check --deploy`: mail goes by SMTP, but nobody said to which server (EMAIL_URL or
    EMAIL_HOST), so password resets and moderator emails would go nowhere. Development
    and the tests use the console and in-memory backends and are not warned."""
    if settings.EMAIL_BACKEND != SMTP_BACKEND or mail_server_configured():
        return []
    return [
        checks.Warning(
            "No mail server is configured: password resets and moderator emails cannot be sent.",
            hint="Set EMAIL_URL (smtp://user:password@host:587/?tls=True) or EMAIL_HOST "
            "and its companions (EMAIL_PORT, EMAIL_HOST_USER, ...).",
            id="portal.W001",
        )
    ]
