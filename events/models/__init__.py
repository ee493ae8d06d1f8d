from ..choices import EVENT_KINDS, AttendanceMode, Metric, PartKind, Qualifier
from .parts import (
    AgendaSession,
    CompetitionTrack,
    EditionPartPage,
    EventPage,
    PartFigure,
    PartOrganiser,
    PartSpeaker,
    SubForumPage,
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
    "EVENT_KINDS",
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
    "SubForumPage",
    "SummitIndexPage",
    "SummitPage",
    "Venue",
    "pick_featured",
]
