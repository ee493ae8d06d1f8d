from .pages import AwardEditionPage, AwardProgramPage, AwardsIndexPage
from .records import AwardCategory, Honouree, Recognition

__all__ = [
    "AwardCategory",
    "AwardEditionPage",
    "AwardProgramPage",
    "AwardsIndexPage",
    "Honouree",
    "Recognition",
]
