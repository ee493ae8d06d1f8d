from .base import BasePage
from .images import CustomImage, CustomRendition
from .pages import HomePage, StandardPage
from .site_settings import SiteBranding
from .snippets import Organization, Person

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "Organization",
    "Person",
    "SiteBranding",
    "StandardPage",
]
