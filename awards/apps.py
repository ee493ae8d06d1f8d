from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Awards")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.home_sections import HomeSection, home_sections
        from portal.search_sources import register_search_source

        from . import signals
        from .home import home_section_context
        from .models import Honoree

        home_sections.register(
            HomeSection(
                name="awards",
                template="awards/home_section.html",
                get_context=home_section_context,
                order=30,
            )
        )
        signals.connect()
        register_search_source(Honoree, "people", lambda: Honoree.objects.public().with_details())
