from ..choices import AttendanceMode, Metric, PartKind, Qualifier
from .edition_rows import Highlight, HostCityIndicator, KeyFigure, Publication
from .parts import (
    AgendaSession,
    CompetitionTrack,
    EditionPartPage,
    EventPage,
    PartFigure,
    PartOrganiser,
    PartSpeaker,
)
from .summit import SummitIndexPage, SummitPage
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
]
