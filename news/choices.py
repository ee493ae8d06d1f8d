"""The news app's enums and fixed values (no dependencies)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AuthorRole(models.TextChoices):
    """What a person did for an article (a byline's role)."""

    REPORTER = "reporter", _("Reporter")
    EDITOR = "editor", _("Editor")
    PHOTOGRAPHER = "photographer", _("Photographer")


# First path segments of the news index's routes: no article may take them as its slug.
RESERVED_SLUGS = {"tag", "source", "channel", "summit", "feed"}

# The years the listing and its archive know.
MIN_YEAR = 1990
MAX_YEAR = 2100
