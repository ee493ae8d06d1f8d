"""Shared checks for the browser tests and the web-quality gates.

Pages are discovered, never listed by hand: every URL in the sitemap (and the sitemaps it
points to), one live page of each page type, and the views that are not in a sitemap
(search, the 404 page). When a new app adds page types or sitemap routes, the gates cover
them without a change here."""

import io
import json
import re
import subprocess
import tempfile
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from django.urls import reverse
from PIL import Image, ImageDraw

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
SEARCH_QUERY = "Wuzhen"
MISSING_PATH = "/this-page-does-not-exist/"


class Site:
    """The live server: its base URL and how to fetch from it."""

    def __init__(self, url):
        self.url = url.rstrip("/")
        self.netloc = urlsplit(self.url).netloc

    def path_of(self, url):
        """The path (and query) of an absolute URL on this site."""
        parts = urlsplit(url)
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def fetch(self, path):
        """(status, content type, body) of a GET, without a browser."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=30) as response:
                return response.status, response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers.get_content_type(), error.read()


@dataclass
class RequestLog:
    """Every request a browser context made; `outside` are those to another host, and
    `csp_violations` what the Content-Security-Policy blocked."""

    site_url: str
    urls: list = field(default_factory=list)
    outside: list = field(default_factory=list)
    csp_violations: list = field(default_factory=list)

    def record_console(self, message):
        """Chromium reports what the Content-Security-Policy blocked as console errors."""
        if message.type == "error" and "Content Security Policy" in message.text:
            where = message.page.url if message.page else "?"
            self.csp_violations.append(f"{where}: {message.text}")

    def record(self, request):
        url = request.url
        self.urls.append(url)
        if url.startswith(("data:", "blob:", "about:")):
            return
        if urlsplit(url).netloc != urlsplit(self.site_url).netloc:
            self.outside.append(f"{request.frame.url if request.frame else '?'} -> {url}")


def sitemap_paths(site):
    """Every path listed in /sitemap.xml, following a sitemap index if there is one."""
    pending, seen, paths = ["/sitemap.xml"], set(), []
    while pending:
        path = pending.pop(0)
        if path in seen:
            continue
        seen.add(path)
        status, _type, body = site.fetch(path)
        assert status == 200, f"{path} answered {status}"
        root = ET.fromstring(body)
        for loc in root.iter(f"{SITEMAP_NS}loc"):
            target = site.path_of(loc.text.strip())
            if root.tag == f"{SITEMAP_NS}sitemapindex":
                pending.append(target)
            elif target not in paths:
                paths.append(target)
    return paths


def page_type_samples():
    """One live, public page of each page type: [(label, path)], in tree order."""
    from wagtail.models import Page

    samples, seen = [], set()
    pages = Page.objects.live().public().filter(depth__gt=1).order_by("path")
    for page in pages.select_related("content_type"):
        if page.content_type_id in seen:
            continue
        seen.add(page.content_type_id)
        url = page.get_url()
        if url:
            model = page.content_type.model_class()
            samples.append((f"{model._meta.label}", urlsplit(url).path))
    return samples


def route_shape(path):
    """A path with its numbers and last segment generalised: /news/tag/x/ -> /news/tag/*/."""
    segments = [re.sub(r"\d+", "#", s) for s in path.split("?")[0].strip("/").split("/") if s]
    if len(segments) > 1:
        segments[-1] = "*"
    return "/" + "".join(f"{segment}/" for segment in segments)


def special_views():
    """Views not in any sitemap that visitors still see: [(label, path)]."""
    search = reverse("search")
    return [
        ("search form", search),
        ("search results", f"{search}?{urlencode({'q': SEARCH_QUERY})}"),
        ("search without results", f"{search}?{urlencode({'q': 'zzqx nothing matches'})}"),
        ("404 page", MISSING_PATH),
    ]


def sample_views(site):
    """What the gates look at closely: one page per page type, one URL per other route
    shape in the sitemaps (tag pages, archives...), and the special views."""
    from wagtail.models import Page

    samples = page_type_samples()
    page_paths = {urlsplit(page.get_url() or "").path for page in Page.objects.live().public()}
    shapes = set()
    for path in sitemap_paths(site):
        shape = route_shape(path)
        if path not in page_paths and shape not in shapes:
            shapes.add(shape)
            samples.append((f"route {shape}", path))
    return samples + special_views()


def key_pages():
    """The pages most visitors see, named: [(label, path)]. The gates check these whatever
    the samples above pick (a page type's first page need not be a typical one)."""
    from django.apps import apps

    def first(label, **filters):
        model = apps.get_model(label)
        page = model.objects.live().public().filter(**filters).order_by("path").first()
        return urlsplit(page.get_url()).path if page else None

    awards = first("awards.AwardsIndexPage")
    pages = [
        ("home", "/"),
        ("news index", first("news.NewsIndexPage")),
        ("article", first("news.ArticlePage")),
        ("summit edition", first("events.SummitPage")),
        ("sub-forum", first("events.EventPage", kind="sub_forum")),
        ("awards index", awards),
        ("award programme", first("awards.AwardProgramPage")),
        ("award edition", first("awards.AwardEditionPage")),
        ("awards listing", f"{awards}recognitions/" if awards else None),
        ("search results", f"{reverse('search')}?{urlencode({'q': SEARCH_QUERY})}"),
        # The Chinese edition (demo/zh/): its own fonts, lang attributes and longer labels.
        ("Chinese home", "/zh-hans/"),
        ("Chinese article", first("news.ArticlePage", locale__language_code="zh-hans")),
        ("Chinese edition", first("events.SummitPage", locale__language_code="zh-hans")),
        ("Chinese programme", first("awards.AwardProgramPage", locale__language_code="zh-hans")),
        ("Chinese search", f"/zh-hans{reverse('search')}?{urlencode({'q': '乌镇'})}"),
    ]
    missing = [label for label, path in pages if path is None]
    assert not missing, f"the demo content has no {', '.join(missing)}"
    return pages


def all_views(site):
    """Every sitemap URL plus the special views: [(label, path)]."""
    return [(path, path) for path in sitemap_paths(site)] + special_views()


# --- In the browser -------------------------------------------------------------------

FOCUS_INDICATOR_JS = """el => {
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return {outline, shadow: s.boxShadow !== 'none', visible: el.checkVisibility()};
}"""


def has_visible_focus(page):
    """True when the focused element is on screen and drawn with a focus outline or ring."""
    style = page.evaluate(f"({FOCUS_INDICATOR_JS})(document.activeElement)")
    return style["visible"] and (style["outline"] or style["shadow"])


def horizontal_overflow(page):
    """How many CSS pixels the page is wider than the viewport (0 when it fits)."""
    return page.evaluate(
        "() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
        " - document.documentElement.clientWidth"
    )


# Only "minor" findings are tolerated: moderate ones (a landmark without a unique name,
# content outside any landmark) are what Lighthouse's accessibility score counts too.
AXE_FAILING_IMPACTS = ("moderate", "serious", "critical")


def axe_violations(page):
    """axe-core's violations of moderate, serious or critical impact on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        violation
        for violation in results.response["violations"]
        if violation.get("impact") in AXE_FAILING_IMPACTS
    ]


def describe_violation(violation):
    targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
    return f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"


# --- HTML validation -------------------------------------------------------------------


def validate_html(vnu_command, documents):
    """Validate {label: html bytes} with the Nu HTML Checker in one Java process.

    Returns {label: [message]} for the documents with errors."""
    with tempfile.TemporaryDirectory(prefix="vnu-") as folder:
        files = {}
        for number, (label, html) in enumerate(documents.items()):
            name = f"{number:04d}.html"
            (Path(folder) / name).write_bytes(html)
            files[name] = label
        completed = subprocess.run(
            [
                *vnu_command,
                "--format",
                "json",
                "--stdout",
                "--exit-zero-always",
                *map(str, sorted(Path(folder).iterdir())),
            ],
            capture_output=True,
            check=False,
            timeout=300,
        )
    output = json.loads(completed.stdout or b'{"messages": []}')
    errors = {}
    for message in output["messages"]:
        if message["type"] not in ("error", "non-document-error"):
            continue
        url = message.get("url", "?")
        label = files.get(urlsplit(url).path.rsplit("/", 1)[-1], url)
        where = f"line {message.get('lastLine', '?')}"
        extract = (message.get("extract") or "").strip()
        errors.setdefault(label, []).append(f"{where}: {message['message']}  [{extract}]")
    if completed.returncode != 0 and not errors:
        errors["vnu"] = [completed.stderr.decode(errors="replace")[-2000:]]
    return errors


# --- What the demo content says the site should show -----------------------------------


def home_page():
    from wagtail.models import Site as WagtailSite

    return WagtailSite.objects.get(is_default_site=True).root_page.specific


def menu_pages(language=None):
    """The pages of the main menu, in order: [(title, path)], of the home page in
    `language` (the site's own by default)."""
    from wagtail.models import Locale

    home = home_page()
    if language and language != home.locale.language_code:
        home = home.get_translation(Locale.objects.get(language_code=language))
    return [
        (child.title, urlsplit(child.get_url()).path)
        for child in home.get_children().live().in_menu()
    ]


def page_language(page):
    """The Django language code of the page shown: lang="zh-Hans" -> zh-hans."""
    return (page.locator("html").get_attribute("lang") or "en").lower()


def in_page_language(page, message):
    """`message` (a msgid of the site's) as the page shown says it."""
    from django.utils import translation

    with translation.override(page_language(page)):
        return translation.gettext(message)


def main_menu(page):
    """The main menu's links, as Playwright locators."""
    name = in_page_language(page, "Main")
    return page.get_by_role("navigation", name=name, exact=True).get_by_role("link")


def header_search(page):
    """The header's search box: a combobox with suggestions once its script has run."""
    name = in_page_language(page, "Search the site")
    return page.get_by_role("search").get_by_role("combobox", name=name)


# --- In the Wagtail admin ---------------------------------------------------------------


def photo_bytes(seed):
    """A JPEG no other test uploads (Wagtail warns about duplicate images)."""
    image = Image.new("RGB", (1200, 675), (20, 90 + seed % 100, 140))
    draw = ImageDraw.Draw(image)
    for step in range(12):
        draw.arc([60 * step, 200, 60 * step + 400, 600], 180, 360, fill=(240, 240, 240), width=8)
    draw.text((40, 40), f"test photo {seed}", fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def log_in(page, username, password):
    """Sign in to the Wagtail admin."""
    from playwright.sync_api import expect

    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/admin/login/"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def upload_lead_image(page, title, path, alt):
    """Upload an image through the edit form's "lead_image" chooser and choose it."""
    from playwright.sync_api import expect

    page.locator("[data-contentpath=lead_image]").get_by_role(
        "button", name="Choose an image"
    ).click()
    chooser = page.get_by_role("dialog")
    chooser.get_by_role("tab", name="Upload").click()
    chooser.get_by_label("Title").fill(title)
    chooser.get_by_label("File").set_input_files(path)
    chooser.get_by_label("Alt text").fill(alt)
    chooser.get_by_label("Credit").fill("Photo: browser test")
    chooser.get_by_role("button", name="Upload").click()
    expect(chooser).to_be_hidden()
    expect(page.locator("[data-contentpath=lead_image]")).to_contain_text(title)
