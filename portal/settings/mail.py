"""Outgoing email from the environment: EMAIL_URL (smtp://user:pass@host:587/?tls=True,
submission://, console://, dummy://), or EMAIL_HOST and its companions one by one.
Imported at the end of base.py; dev and test set their own EMAIL_BACKEND after it.
Without either, `check --deploy` warns (portal.W001, portal/checks.py)."""

import dj_email_url
from django.core.exceptions import ImproperlyConfigured

from .env import env_bool, env_int, env_str

_email_url = env_str("EMAIL_URL").strip()
if _email_url:
    if "://" not in _email_url:  # "console" or "dummy"
        _email_url += "://"
    _parsed = dj_email_url.parse(_email_url)
    if "EMAIL_BACKEND" not in _parsed:
        raise ImproperlyConfigured(
            "EMAIL_URL must start with smtp://, submission://, console://, file:// or dummy://"
        )
    EMAIL_BACKEND = _parsed["EMAIL_BACKEND"]
    EMAIL_HOST = _parsed["EMAIL_HOST"] or "localhost"
    EMAIL_PORT = _parsed["EMAIL_PORT"] or 25
    EMAIL_HOST_USER = _parsed["EMAIL_HOST_USER"] or ""
    EMAIL_HOST_PASSWORD = _parsed["EMAIL_HOST_PASSWORD"] or ""
    EMAIL_USE_TLS = _parsed["EMAIL_USE_TLS"]
    EMAIL_USE_SSL = _parsed["EMAIL_USE_SSL"]
    EMAIL_TIMEOUT = _parsed["EMAIL_TIMEOUT"] or env_int("EMAIL_TIMEOUT", 10)
    if _parsed["EMAIL_FILE_PATH"]:
        EMAIL_FILE_PATH = "/" + _parsed["EMAIL_FILE_PATH"]
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("EMAIL_PORT", 25)
    EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
    # Seconds before an unreachable server gives up (Django's default is to wait forever).
    EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
    _parsed = {}
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set EMAIL_USE_TLS or EMAIL_USE_SSL, not both.")

# EMAIL_URL may name them too (?_default_from_email=...&_server_email=...).
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL") or _parsed.get(
    "DEFAULT_FROM_EMAIL", "webmaster@localhost"
)
SERVER_EMAIL = env_str("SERVER_EMAIL") or _parsed.get("SERVER_EMAIL", "root@localhost")

# The admin's password reset form reports a mail server it cannot reach instead of
# claiming that the email went out (portal/mail_failures.py).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "portal.mail_failures.PasswordResetForm"
