"""Helpers shared by the search tests."""

import re

from wagtail import hooks
from wagtail.models import PageViewRestriction

from portal import extension_points
from portal.extension_points import SearchSource
from portal.models import Person

RESULT_RE = re.compile(r'<h2 class="search-result__title"><a href="([^"]+)">', re.S)


def result_urls(response):
    return RESULT_RE.findall(response.content.decode())


def result_count(response):
    match = re.search(r'id="search-result-count">([^<]*)<', response.content.decode())
    return match.group(1).strip() if match else None


def facet_counts(response, name):
    """{value: count} of the options of the filter select `name`."""
    html = response.content.decode()
    select = re.search(rf'<select id="search-{name}" name="{name}">(.*?)</select>', html, re.S)
    return {
        value: int(count)
        for value, count in re.findall(
            r'<option value="([^"]+)"[^>]*>[^<(]*\((\d+)\)</option>', select.group(1)
        )
    }


def make_private(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


class PersonSource:
    """Registers Person as a search source for a test, with a fake public URL and an
    embargo: people whose job title is "Embargoed" are not public."""

    def __enter__(self):
        Person.get_absolute_url = lambda person: f"/people/{person.pk}/"
        source = SearchSource(
            Person, "people", lambda: Person.objects.exclude(job_title="Embargoed")
        )
        self._registration = hooks.register_temporarily(
            extension_points.SEARCH_SOURCES, lambda: [source]
        )
        self._registration.__enter__()
        return self

    def __exit__(self, *exc):
        self._registration.__exit__(*exc)
        del Person.get_absolute_url
