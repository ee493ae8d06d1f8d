"""Markup of the awards pages: balanced elements, unique ids, labelled controls, metadata."""

from html.parser import HTMLParser

import pytest

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
OPTIONAL_END = {"li", "p", "option", "tr", "td", "th", "dt", "dd", "thead", "tbody"}
SVG_VOID_OK = {"rect", "path", "circle", "line"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.ids, self.errors, self.labels, self.controls = [], [], [], set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "label" and attrs.get("for"):
            self.labels.add(attrs["for"])
        if tag in ("select", "input") and attrs.get("type") not in ("hidden", "submit"):
            self.controls.append(attrs.get("id"))
        if tag == "img" and "alt" not in attrs:
            self.errors.append("img without alt")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        while self.stack and self.stack[-1] != tag and self.stack[-1] in OPTIONAL_END:
            self.stack.pop()
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}> (open: {self.stack[-3:]})")
            return
        self.stack.pop()


def check(html):
    checker = Checker()
    checker.feed(html)
    open_tags = [t for t in checker.stack if t not in OPTIONAL_END]
    assert not checker.errors, checker.errors
    assert open_tags == [], open_tags
    duplicates = {i for i in checker.ids if checker.ids.count(i) > 1}
    assert not duplicates, duplicates
    unlabelled = [c for c in checker.controls if c not in checker.labels]
    assert not unlabelled, unlabelled
    assert html.startswith("<!DOCTYPE html>")
    assert '<link rel="canonical"' in html
    assert 'property="og:title"' in html
    assert "application/ld+json" in html


@pytest.mark.parametrize(
    "url",
    [
        "/awards/",
        "/awards/recognitions/?year=2023",
        "/awards/prog-tech/",
        "/awards/prog-tech/2023/",
        "/awards/prog-cases/2023/",
        "HONOUREE",
        "/",
    ],
)
def test_awards_pages_have_sound_markup(client, awards_data, url):
    if url == "HONOUREE":
        url = f"/awards/honourees/{awards_data['honouree'].slug}/"
    response = client.get(url)
    assert response.status_code == 200
    check(response.content.decode())


def test_embargoed_edition_page_markup(client, awards_data):
    import datetime as dt

    from django.utils import timezone

    edition = awards_data["tech23"]
    edition.announcement_time = timezone.now() + dt.timedelta(days=1)
    edition.save_revision().publish()
    check(client.get("/awards/prog-tech/2023/").content.decode())


@pytest.mark.parametrize(
    "bad",
    [
        "<div><span></div>",
        '<p id="a"></p><p id="a"></p>',
        '<select id="x"></select>',
        '<img src="x.png">',
    ],
)
def test_the_checker_catches_broken_markup(bad):
    page = '<!DOCTYPE html><link rel="canonical" property="og:title" application/ld+json>'
    with pytest.raises(AssertionError):
        check(page + bad)
