from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "live"
    verbose_name = _("Live coverage")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .tree import allow_coverage_under_events  # noqa: PLC0415 -- needs loaded models

        allow_coverage_under_events()
