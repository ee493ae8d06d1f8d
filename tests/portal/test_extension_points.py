"""The core's extension points are Wagtail hooks: what an app registers is what the core
shows, in the registered order, and the core itself names no domain app."""

import ast
from pathlib import Path

import pytest
from django.test import RequestFactory
from wagtail import hooks
from wagtail.models import Page

from portal import extension_points
from portal.extension_points import RoleGrant, SearchSource, Section, WorkflowSpec

PORTAL = Path(extension_points.__file__).parent
# The settings and the root URLconf compose the project: they are the only core modules that
# list the apps (INSTALLED_APPS, each app's urls).
DOMAIN_APPS = {"events", "awards", "news", "comments", "live", "demo"}


@pytest.mark.django_db
def test_home_sections_render_in_hook_order_and_skip_none(monkeypatch):
    monkeypatch.setattr(
        extension_points,
        "render_to_string",
        lambda template, context, request: (
            f"<p>{context['word']}</p>" if template == "section.html" else ""
        ),
    )
    request = RequestFactory().get("/")
    with (
        hooks.register_temporarily(
            extension_points.HOME_SECTIONS,
            lambda page, request: Section("section.html", {"word": "second"}),
            order=900,
        ),
        hooks.register_temporarily(
            extension_points.HOME_SECTIONS,
            lambda page, request: Section("section.html", {"word": "first"}),
            order=-900,
        ),
        hooks.register_temporarily(
            extension_points.HOME_SECTIONS, lambda page, request: None, order=0
        ),
    ):
        rendered = extension_points.home_sections(Page.objects.get(depth=1), request)
    assert rendered[0] == "<p>first</p>"
    assert rendered[-1] == "<p>second</p>"


@pytest.mark.django_db
def test_the_apps_register_their_own_search_sources_sitemaps_roles_and_workflows():
    assert {source.kind for source in extension_points.search_sources()} >= {"people"}
    assert "news" in extension_points.sitemap_sections(None)
    groups = {grant.group for grant in extension_points.role_grants()}
    assert len(groups) >= 3
    assert extension_points.workflow_specs()
    assert {"events", "news"} <= {
        label.split(".")[0] for label in extension_points.cache_dependencies()
    }


def test_workflow_specs_of_the_same_name_add_up_their_sections():
    with (
        hooks.register_temporarily(
            extension_points.WORKFLOWS, lambda: [WorkflowSpec("Synthetic review", "A", ("x",))]
        ),
        hooks.register_temporarily(
            extension_points.WORKFLOWS, lambda: [WorkflowSpec("Synthetic review", "B", ("y",))]
        ),
    ):
        spec = extension_points.workflow_specs()["Synthetic review"]
    assert spec.approver_group == "A"
    assert spec.sections == ("x", "y")


def test_a_sitemap_section_registered_twice_keeps_the_first():
    def first(request):
        return "first"

    def second(request):
        return "second"

    with hooks.register_temporarily(
        extension_points.SITEMAPS, lambda: [("synthetic", first), ("synthetic", second)]
    ):
        sections = extension_points.sitemap_sections(None)
    assert sections["synthetic"] == "first"


def test_a_search_source_of_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="Unknown search kind"):
        SearchSource(model=object, kind="gossip", get_public_queryset=list)


def test_role_grants_are_plain_data():
    grant = RoleGrant("Synthetic group", model_permissions=("news.add_source",))
    assert grant.section is None and grant.page_permissions == ()


def _imported_modules(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            # apps.get_model("events.SummitPage") and friends: a dependency no tool sees.
            label = node.value.split(".")[0]
            if "." in node.value and label in DOMAIN_APPS and " " not in node.value:
                yield node.value


@pytest.mark.parametrize(
    "path",
    sorted(
        p
        for p in PORTAL.rglob("*.py")
        if not {"migrations", "settings"} & set(p.parts) and p.name != "urls.py"
    ),
    ids=lambda p: str(p.relative_to(PORTAL)),
)
def test_the_core_names_no_domain_app(path):
    named = [module for module in _imported_modules(path) if module.split(".")[0] in DOMAIN_APPS]
    assert named == [], f"{path.name} names {named}"
