"""Sections of the home page contributed by the domain apps.

The events, news and awards apps each register a section in their AppConfig.ready(); the
home page renders them in order. This keeps `portal` free of imports from the domain apps.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string


@dataclass(frozen=True)
class HomeSection:
    name: str
    template: str
    get_context: Callable  # (home_page, request) -> dict, or None to skip the section
    order: int = 100


class HomeSectionRegistry:
    def __init__(self):
        self._sections = {}

    def register(self, section):
        self._sections[section.name] = section

    def render_all(self, home_page, request):
        rendered = []
        for section in sorted(self._sections.values(), key=lambda s: (s.order, s.name)):
            context = section.get_context(home_page, request)
            if context is None:
                continue
            rendered.append(render_to_string(section.template, context, request=request))
        return rendered


home_sections = HomeSectionRegistry()
