"""The site's languages: English at today's addresses, Simplified Chinese under /zh-hans/.

The language of a response follows from its path alone (i18n_patterns with
prefix_default_language=False), never from Accept-Language or a cookie, so a page's address
names its language and every cache in front may key on the address only."""

from django.conf import settings
from django.db.models import Q
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Locale, Page

from portal.self_urls import page_full_url


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


def in_visitors_language(pages, site):
    """The pages of the site's tree in the language being served: under the translation of
    its root page in that language (the Chinese home is a sibling of the English one)."""
    locale = Locale.get_active()
    root = site.root_page
    if root.locale_id != locale.pk:
        root = root.get_translation_or_none(locale) or root
    return pages.descendant_of(root, inclusive=True).filter(locale=locale)


def bcp47(code):
    """The language tag of HTML and JSON-LD: zh-hans -> zh-Hans."""
    return translation.to_locale(code).replace("_", "-")


# OpenGraph's locales (language_TERRITORY): the site writes British English.
OG_LOCALES = {"en": "en_GB", "zh-hans": "zh_CN"}


def og_locale(code):
    return OG_LOCALES.get(code, translation.to_locale(code))


def home_url(code):
    """The home page's address in a language: / or /zh-hans/."""
    with translation.override(code):
        return reverse("wagtail_serve", args=("",))


def page_translations(page, request):
    """{language code: page} of the page and its live translations, by one query kept on the
    request (the header, <head> and the JSON-LD all ask). Their addresses come from Wagtail's
    cached site root paths, without further queries."""
    if not getattr(page, "pk", None):
        return {}
    found = getattr(request, "_page_translations", None)
    if found is None:
        found = {}
        if request is not None:
            request._page_translations = found
    if page.pk not in found:
        rows = (
            Page.objects.filter(translation_key=page.translation_key)
            .filter(Q(live=True) | Q(pk=page.pk))
            .select_related("locale")
        )
        found[page.pk] = {row.locale.language_code: row for row in rows}
    return found[page.pk]


def page_language(page, request):
    """The language of a page, or of the request when it shows no saved page."""
    for code, row in page_translations(page, request).items():
        if row.pk == page.pk:
            return code
    return translation.get_language() or settings.LANGUAGE_CODE


def alternates(page, request):
    """[(code, absolute url)] of every live translation of the page, the page included, in
    the order of LANGUAGES."""
    rows = page_translations(page, request)
    links = []
    for code, _name in settings.LANGUAGES:
        row = rows.get(code)
        if row is not None and (row.live or row.pk == page.pk):
            url = page_full_url(row, request)
            if url:
                links.append((code, url))
    return links


def view_alternates(request):
    """[(code, absolute url)] of a view that is not a page (search): the same address in
    each language, or [] when it has one address for all."""
    path = request.get_full_path()
    links = [(code, translate_url(path, code)) for code, _name in settings.LANGUAGES]
    if len({url for _code, url in links}) < len(links):
        return []
    return [(code, request.build_absolute_uri(url)) for code, url in links]


def language_links(page, request):
    """The header's switcher: for every other language, (code, native name, name in the
    current language, url of this page's translation or None, that language's home)."""
    if page is not None:
        found = dict(alternates(page, request))
        current = page_language(page, request)
    else:
        found = dict(view_alternates(request)) if request is not None else {}
        current = translation.get_language()
    links = []
    for code, _name in settings.LANGUAGES:
        if code == current:
            continue
        info = translation.get_language_info(code)
        links.append(
            {
                "code": code,
                "tag": bcp47(code),
                "name_local": info["name_local"],
                "name": info["name_translated"],
                "url": found.get(code),
                "home": home_url(code),
            }
        )
    return links
