from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.home_sections import HomeSection, home_sections

        from . import signals  # noqa: F401  (connects the receivers)
        from .home import home_section_context

        home_sections.register(
            HomeSection(
                name="events-summit",
                template="events/includes/home_section.html",
                get_context=home_section_context,
                order=10,
            )
        )
