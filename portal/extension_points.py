"""The core's extension points: Wagtail hooks that the domain apps implement.

The core names no domain app. Each app registers in its own `wagtail_hooks.py` with
`wagtail.hooks.register(NAME, order=...)`; the core calls the functions below, which
collect the registered hooks in their `order` (lower first). Every hook runs a fixed number
of queries whatever the number of items it shows.

| hook name                  | the registered function                   | returns                      |
|----------------------------|-------------------------------------------|------------------------------|
| `portal_home_sections`     | `(home_page, request)`                    | `Section` or None            |
| `portal_related_content`   | `(page, request)`                         | `Section` or None            |
| `portal_search_sources`    | `()`                                      | iterable of `SearchSource`   |
| `portal_sitemaps`          | `()`                                      | iterable of `(section, class)` |
| `portal_roles`             | `()`                                      | iterable of `RoleGrant`      |
| `portal_workflows`         | `()`                                      | iterable of `WorkflowSpec`   |
| `portal_cache_dependencies`| `()`                                      | iterable of app or model labels |
| `portal_page_actions`      | `(page, user)`                            | iterable of `(label, url)`   |

`portal_page_actions` fills the "Actions" panel (`portal.admin_actions.PageActionsPanel`)
that a page type puts in its edit form: visible buttons, unlike the "…" menu of Wagtail's
`register_page_header_buttons`.

Dashboard panels use Wagtail's own `construct_homepage_panels` hook, with the core's
`portal.dashboard.DashboardPanel` as their base class. Demo content is not a hook: it lives
in the top-level `demo` package, which may import every app.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from wagtail import hooks

HOME_SECTIONS = "portal_home_sections"
RELATED_CONTENT = "portal_related_content"
SEARCH_SOURCES = "portal_search_sources"
SITEMAPS = "portal_sitemaps"
ROLES = "portal_roles"
WORKFLOWS = "portal_workflows"
CACHE_DEPENDENCIES = "portal_cache_dependencies"
PAGE_ACTIONS = "portal_page_actions"

# The kinds a search result can be of (the search page's "kind" filter).
SEARCH_KINDS = ("news", "events", "awards", "people", "pages")


@dataclass(frozen=True)
class Section:
    """A block of a page contributed by another app: a template and its context."""

    template: str
    context: dict = field(default_factory=dict)

    def render(self, request):
        return render_to_string(self.template, self.context, request=request)


@dataclass(frozen=True)
class SearchSource:
    """A non-page model with public pages of its own (an honouree, for instance).

    The model must be `wagtail.search.index.Indexed` with search_fields (add
    `portal.search.text.CJKSearchMixin` and `cjk_search_field()` so Chinese names are found)
    and have `get_absolute_url()`. `get_public_queryset()` is called at each search, so
    embargoes apply at once. `date_field` names the date behind the year filter, if any."""

    model: type
    kind: str
    get_public_queryset: Callable
    date_field: str | None = None

    def __post_init__(self):
        if self.kind not in SEARCH_KINDS:
            raise ValueError(f"Unknown search kind {self.kind!r}")

    def get_url(self, obj):
        return obj.get_absolute_url()


@dataclass(frozen=True)
class RoleGrant:
    """Part of what a group may do, contributed by the app that owns the section or models.

    `section` is the page type of a section's index page (the group gets
    `page_permissions` on every page of that type); `model_permissions` are
    "app_label.codename" strings. Grants to the same group name add up."""

    group: str
    section: type | None = None
    page_permissions: tuple = ()
    model_permissions: tuple = ()


@dataclass(frozen=True)
class WorkflowSpec:
    """An approval workflow: its name, the group that approves, the sections it covers.
    Specs with the same name add up their sections."""

    name: str
    approver_group: str
    sections: tuple = ()


def _hooks(name):
    return hooks.get_hooks(name)


def _render_sections(name, page, request):
    rendered = []
    for hook in _hooks(name):
        section = hook(page, request)
        if section is not None:
            rendered.append(section.render(request))
    return rendered


def home_sections(home_page, request):
    """The rendered HTML of every app's home-page section, in order."""
    return _render_sections(HOME_SECTIONS, home_page, request)


def related_content(page, request):
    """The rendered HTML of what other apps relate to `page` (the news about a summit...)."""
    return _render_sections(RELATED_CONTENT, page, request)


def _collect(name) -> Iterable:
    for hook in _hooks(name):
        yield from hook()


def search_sources():
    return list(_collect(SEARCH_SOURCES))


def sitemap_sections(request):
    """{section: Sitemap} of the apps' sections of the sitemap index (portal/sitemaps.py),
    each class called with the request; the first registration of a name wins."""
    sections = {}
    for name, sitemap_class in _collect(SITEMAPS):
        if name not in sections:
            sections[name] = sitemap_class(request)
    return sections


def role_grants():
    return list(_collect(ROLES))


def workflow_specs():
    """The workflows, merged by name: {name: WorkflowSpec with every section}."""
    merged = {}
    for spec in _collect(WORKFLOWS):
        known = merged.get(spec.name)
        if known is None:
            merged[spec.name] = spec
        else:
            merged[spec.name] = WorkflowSpec(
                spec.name, known.approver_group, known.sections + tuple(spec.sections)
            )
    return merged


def cache_dependencies():
    """Labels ("events" or "news.source") whose saves and deletes change public pages."""
    return set(_collect(CACHE_DEPENDENCIES))


def page_actions(page, user):
    """[(label, url)] of the actions the apps offer `user` on `page`'s edit form."""
    actions = []
    for hook in _hooks(PAGE_ACTIONS):
        actions.extend(hook(page, user))
    return actions
