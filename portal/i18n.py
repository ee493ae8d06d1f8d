"""The site's languages: English at today's addresses, Simplified Chinese under /zh-hans/.

The language of a response follows from its path alone (i18n_patterns with
prefix_default_language=False), never from Accept-Language or a cookie, so a page's address
names its language and every cache in front may key on the address only."""

from django.conf import settings
from django.utils import translation
from django.utils.deprecation import MiddlewareMixin


def language_of_path(path):
    """The language an address is served in: its prefix's, else the default."""
    return translation.get_language_from_path(path) or settings.LANGUAGE_CODE


def unprefixed_path(path):
    """The path without its language prefix: /zh-hans/search/ -> /search/."""
    language = translation.get_language_from_path(path)
    prefix = f"/{language}/"
    return path[len(prefix) - 1 :] if language and path.startswith(prefix) else path


class PathLocaleMiddleware(MiddlewareMixin):
    """Django's LocaleMiddleware without its guesswork: the language of the path is
    activated, and no response varies on Accept-Language (Django adds that Vary to every
    unprefixed response, which would split the page cache and the HTTP cache by browser
    language for pages that never change with it). The Wagtail admin still switches to the
    editor's preferred language itself."""

    def process_request(self, request):
        translation.activate(language_of_path(request.path_info))
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        response.headers.setdefault("Content-Language", translation.get_language())
        return response
