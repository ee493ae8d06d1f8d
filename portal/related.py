"""Related content shown on a page, contributed by other apps.

A domain app registers a provider in its AppConfig.ready(): a callable taking
(page, request) and returning a dict with "template" and its context, or None. Pages render
all providers with `{% related_content page %}` (portal_tags). This is how a summit or award
page lists the news articles that point at it without importing the news app.

Providers must run a fixed number of queries whatever the number of items they show.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.template.loader import render_to_string


@dataclass(frozen=True)
class RelatedProvider:
    name: str
    get_context: Callable  # (page, request) -> {"template": str, **context} or None
    order: int = 100


_providers = {}


def register_related_provider(provider):
    _providers[provider.name] = provider


def render_related(page, request):
    parts = []
    for provider in sorted(_providers.values(), key=lambda p: (p.order, p.name)):
        context = provider.get_context(page, request)
        if context:
            template = context.pop("template")
            parts.append(render_to_string(template, context, request=request))
    return parts
