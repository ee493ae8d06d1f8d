"""The events app's vocabularies: kinds of parts, figure metrics and qualifiers, formats."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AttendanceMode(models.TextChoices):
    """An edition's or part's format: on site, online or both."""

    OFFLINE = "offline", _("On site")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Online and on site")


# schema.org's name of each format (the JSON-LD eventAttendanceMode).
SCHEMA_ATTENDANCE = {
    AttendanceMode.OFFLINE: "https://schema.org/OfflineEventAttendanceMode",
    AttendanceMode.ONLINE: "https://schema.org/OnlineEventAttendanceMode",
    AttendanceMode.HYBRID: "https://schema.org/MixedEventAttendanceMode",
}


class Metric(models.TextChoices):
    """What a figure counts. A fixed vocabulary, so that figures compare across editions."""

    COUNTRIES = "countries", _("Countries and regions taking part")
    OFFLINE_COUNTRIES = "offline_countries", _("Countries and regions present on site")
    GUESTS = "guests", _("Guests")
    SPEAKERS = "speakers", _("Speakers")
    EXHIBITORS = "exhibitors", _("Exhibiting companies")
    EXHIBITOR_COUNTRIES = "exhibitor_countries", _("Exhibitors' countries and regions")
    PROJECTS = "projects", _("Projects entered")
    PROJECT_COUNTRIES = "project_countries", _("Countries of the entries")
    FINALISTS = "finalists", _("Projects in the finals")
    SIGNED_PROJECTS = "signed_projects", _("Projects signed")
    DEAL_VALUE = "deal_value", _("Value of the projects signed")
    EMPLOYERS = "employers", _("Employers")
    JOBS = "jobs", _("Jobs offered")
    SETTLED_PROJECTS = "settled_projects", _("Projects settled in the host city")
    ROUTES = "routes", _("Visiting routes")
    FLOOR_AREA = "floor_area", _("Floor area")
    EXHIBITION_AREAS = "exhibition_areas", _("Themed exhibition areas")
    OTHER = "other", _("Other")


class Qualifier(models.TextChoices):
    EXACT = "", _("exactly")
    MORE_THAN = "more_than", _("more than")
    ABOUT = "about", _("about")
    NEARLY = "nearly", _("nearly")
    UP_TO = "up_to", _("up to")


class PartKind(models.TextChoices):
    """Kinds of parts, in the order the edition page groups them."""

    SUB_FORUM = "sub_forum", _("Sub-forums")
    CEREMONY = "ceremony", _("Ceremonies")
    SPECIAL_EVENT = "special_event", _("Special events")
    EXPO = "expo", _("Expos")
    EXHIBITION = "exhibition", _("Exhibitions")
    COMPETITION = "competition", _("Competitions")
    MATCHMAKING = "matchmaking", _("Matchmaking")
    OPENING = "opening", _("Openings")
    CULTURAL = "cultural", _("Cultural programme")
    SERVICES = "services", _("Visitor services")
    OTHER = "other", _("Other events")


# The kinds as the label of one page (PartKind's labels name groups).
KIND_SINGULAR = {
    PartKind.SUB_FORUM: _("Sub-forum"),
    PartKind.CEREMONY: _("Ceremony"),
    PartKind.SPECIAL_EVENT: _("Special event"),
    PartKind.EXPO: _("Expo"),
    PartKind.EXHIBITION: _("Exhibition"),
    PartKind.COMPETITION: _("Competition"),
    PartKind.MATCHMAKING: _("Matchmaking"),
    PartKind.OPENING: _("Opening"),
    PartKind.CULTURAL: _("Cultural programme"),
    PartKind.SERVICES: _("Visitor services"),
    PartKind.OTHER: _("Event"),
}
