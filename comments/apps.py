from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from comments import signals


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = _("Comments")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        signals.connect()
