from ..choices import AttendanceMode, Metric, PartKind, Qualifier
from .parts import (
    AgendaSession,
    CompetitionTrack,
    EditionPartPage,
    EventPage,
    PartFigure,
    PartOrganiser,
    PartSpeaker,
)
from .summit import (
    Highlight,
    HostCityIndicator,
    KeyFigure,
    Publication,
    SummitIndexPage,
    SummitPage,
    pick_featured,
)
from .venue import Venue

__all__ = [
    "AgendaSession",
    "AttendanceMode",
    "CompetitionTrack",
    "EditionPartPage",
    "EventPage",
    "Highlight",
    "HostCityIndicator",
    "KeyFigure",
    "Metric",
    "PartFigure",
    "PartKind",
    "PartOrganiser",
    "PartSpeaker",
    "Publication",
    "Qualifier",
    "SummitIndexPage",
    "SummitPage",
    "Venue",
    "pick_featured",
]
