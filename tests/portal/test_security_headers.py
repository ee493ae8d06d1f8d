"""Content-Security-Policy with nonces on public pages, the admin's own policy, the
report-only switch, Permissions-Policy, and the nonce of a page served from the cache."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings

from portal.models import SiteBranding
from tests.factories import StandardPageFactory
from tests.portal.test_settings import PRODUCTION_ENV, run_manage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]
ROOT = Path(settings.BASE_DIR)
NONCE_RE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def directives(header):
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {words[0]: words[1:] for words in parts}


def inline_scripts(html):
    """The opening tags of the <script> elements without a src."""
    return [tag for tag in re.findall(r"<script\b[^>]*>", html) if " src=" not in tag]


@pytest.fixture
def about(home_page):
    return StandardPageFactory(parent=home_page, slug="about", title="About")


def test_public_page_allows_only_its_own_and_nonced_scripts(client, about):
    response = client.get("/about/")
    policy = directives(response["Content-Security-Policy"])

    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    (nonce,) = NONCE_RE.findall(response["Content-Security-Policy"])
    html = response.content.decode()
    scripts = inline_scripts(html)
    assert len(scripts) >= 2  # the no-js switch and the JSON-LD
    assert all(f'nonce="{nonce}"' in tag for tag in scripts), scripts


def test_each_response_gets_its_own_nonce(client, about):
    first = NONCE_RE.findall(client.get("/about/")["Content-Security-Policy"])
    second = NONCE_RE.findall(client.get("/about/")["Content-Security-Policy"])
    assert first and second and first != second


def test_admin_gets_a_policy_its_inline_scripts_work_with(client):
    response = client.get("/admin/login/")
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert not NONCE_RE.search(response["Content-Security-Policy"])  # it would void unsafe-inline
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # the preview panel's iframe


def test_preview_in_the_admin_gets_the_admin_policy(client, home_page, django_user_model):
    """Wagtail renders a preview through a dummy request to the page's own path; it is shown
    in an iframe of the admin, so a public frame-ancestors 'none' would blank it."""
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(editor)
    preview_url = f"/admin/pages/{home_page.pk}/edit/preview/"
    client.post(preview_url, {"title": home_page.title, "slug": home_page.slug})

    for response in [
        client.get(preview_url, {"in_preview_panel": "true"}),
        client.get(f"/admin/pages/{home_page.pk}/view_draft/"),
    ]:
        assert response.status_code == 200
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]


def test_page_from_the_cache_carries_the_nonce_of_its_html(client, site, about):
    SiteBranding.for_site(site)  # created on first use; its creation invalidates the cache
    with override_settings(PAGE_CACHE_SECONDS=300):
        first = client.get("/about/")
        hit = client.get("/about/")
    assert (first["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit["Content-Security-Policy"] == first["Content-Security-Policy"]
    (nonce,) = NONCE_RE.findall(hit["Content-Security-Policy"])
    scripts = inline_scripts(hit.content.decode())
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)


@pytest.mark.parametrize("path", ["/about/", "/admin/login/", "/search/", "/nothing-here/"])
def test_permissions_policy_on_every_response(client, about, path):
    header = client.get(path)["Permissions-Policy"]
    features = dict(item.strip().split("=") for item in header.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()"


def test_permissions_policy_on_a_page_from_the_cache(client, site, about):
    SiteBranding.for_site(site)
    with override_settings(PAGE_CACHE_SECONDS=300):
        client.get("/about/")
        hit = client.get("/about/")
    assert hit["X-Page-Cache"] == "hit"
    assert "camera=()" in hit["Permissions-Policy"]


def test_report_only_switch_and_report_uri_come_from_the_environment():
    code = (
        "from django.conf import settings;"
        "print(settings.CONTENT_SECURITY_POLICY);"
        "print(sorted(settings.CONTENT_SECURITY_POLICY_REPORT_ONLY['DIRECTIVES']['report-uri']))"
    )
    env = {**PRODUCTION_ENV, "CSP_REPORT_ONLY": "true", "CSP_REPORT_URI": "/csp-reports/"}
    result = run_manage("shell", "--no-imports", "-c", code, env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == ["None", "['/csp-reports/']"]


def test_images_on_object_storage_are_allowed_by_the_policy():
    """Renditions on a bucket (and its CDN domain) are not blocked on public pages, and a
    storage endpoint named without a bucket opens nothing."""
    code = (
        "from django.conf import settings;"
        "print(' '.join(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']))"
    )
    s3 = {
        "AWS_STORAGE_BUCKET_NAME": "portal-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.example.org/",
        "AWS_S3_CUSTOM_DOMAIN": "cdn.example.org",
    }
    with_bucket = run_manage(
        "shell", "--no-imports", "-c", code, env_overrides={**PRODUCTION_ENV, **s3}
    )
    assert with_bucket.returncode == 0, with_bucket.stderr
    sources = with_bucket.stdout.split()
    assert "https://s3.example.org" in sources and "https://cdn.example.org" in sources

    without = {**s3, "AWS_STORAGE_BUCKET_NAME": ""}
    local = run_manage(
        "shell", "--no-imports", "-c", code, env_overrides={**PRODUCTION_ENV, **without}
    )
    assert local.returncode == 0, local.stderr
    assert local.stdout.split() == ["'self'", "data:"]


def test_report_only_policy_is_sent_under_the_report_only_header(client, about):
    policy = settings.CONTENT_SECURITY_POLICY
    with override_settings(
        CONTENT_SECURITY_POLICY=None, CONTENT_SECURITY_POLICY_REPORT_ONLY=policy
    ):
        page = client.get("/about/")
        admin = client.get("/admin/login/")
    assert "Content-Security-Policy" not in page
    assert NONCE_RE.search(page["Content-Security-Policy-Report-Only"])
    assert "Content-Security-Policy" not in admin
    assert "'unsafe-inline'" in admin["Content-Security-Policy-Report-Only"]


# --- The templates and scripts stay CSP-clean ---------------------------------------------

TEMPLATE_DIRS = [ROOT / "templates", *ROOT.glob("*/templates")]
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.I)
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*\bnonce=)[^>]*>", re.I)
# Wagtail admin overrides run under the admin's policy, which allows inline scripts.
ADMIN_TEMPLATES = ROOT / "portal" / "templates" / "wagtailadmin"


def site_templates():
    for folder in TEMPLATE_DIRS:
        for path in sorted(folder.rglob("*.html")):
            if ADMIN_TEMPLATES not in path.parents:
                yield path


def test_site_templates_have_no_inline_handlers_styles_or_unnonced_scripts():
    problems = []
    for path in site_templates():
        text = path.read_text()
        for name, pattern in [
            ("event handler", INLINE_HANDLER),
            ("style attribute", STYLE_ATTRIBUTE),
            ("script without nonce", INLINE_SCRIPT),
        ]:
            problems += [f"{path.relative_to(ROOT)}: {name}: {m}" for m in pattern.findall(text)]
    assert not problems, "\n".join(problems)


def test_site_scripts_write_no_inline_handlers_or_style_attributes():
    scripts = [p for p in ROOT.glob("*/static/**/*.js") if ".venv" not in p.parts]
    assert scripts
    pattern = re.compile(r"""setAttribute\(\s*["'](style|on[a-z]+)["']|\.innerHTML\s*=|eval\(""")
    problems = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in scripts
        for match in pattern.finditer(path.read_text())
    ]
    assert not problems, "\n".join(problems)
