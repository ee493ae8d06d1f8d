from .common import AttendanceMode, Metric, Qualifier
from .parts import (
    EVENT_KINDS,
    AgendaSession,
    CompetitionTrack,
    EditionPartPage,
    EventPage,
    PartFigure,
    PartKind,
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
