from django.db import models
from django.utils.translation import gettext_lazy as _


class CoverageStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    LIVE = "live", _("Live")
    ENDED = "ended", _("Ended")
