from .pages import AwardEditionPage, AwardProgramPage, AwardsIndexPage
from .records import AwardCategory, Honoree, Recognition

__all__ = [
    "AwardCategory",
    "AwardEditionPage",
    "AwardProgramPage",
    "AwardsIndexPage",
    "Honoree",
    "Recognition",
]
