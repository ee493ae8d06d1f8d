"""Who may do what, where: every role × section × action, from the roles that `setup_roles`
creates (the same command `load_demo` runs), checked with Wagtail's own permission tester and,
for a few cells, with real admin requests."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail.permission_policies.pages import PagePermissionPolicy

from awards.models import AwardsIndexPage as AWARDS
from awards.roles import AWARD_ADMINS
from events.models import SummitIndexPage as SUMMITS
from news.models import NewsIndexPage as NEWS
from portal.roles import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db

ACTIONS = ("see", "create", "edit", "publish", "unpublish", "delete")
ALL = dict.fromkeys(ACTIONS, True)
NOTHING = dict.fromkeys(ACTIONS, False)
# Editors write and submit; publishing (and deleting what is live) is the moderators' job.
WRITE = {**ALL, "publish": False, "unpublish": False, "delete": False}

MATRIX = {
    EDITORS: {NEWS: WRITE, SUMMITS: WRITE, AWARDS: NOTHING},
    MODERATORS: {NEWS: ALL, SUMMITS: ALL, AWARDS: NOTHING},
    AWARD_ADMINS: {NEWS: NOTHING, SUMMITS: NOTHING, AWARDS: ALL},
}
CELLS = [
    (role, section, action, allowed)
    for role, row in MATRIX.items()
    for section, actions in row.items()
    for action, allowed in actions.items()
]


def can(user, action, index, page):
    if action == "see":
        return PagePermissionPolicy().explorable_instances(user).filter(pk=page.pk).exists()
    if action == "create":
        return index.permissions_for_user(user).can_add_subpage()
    tester = page.permissions_for_user(user)
    return {
        "edit": tester.can_edit,
        "publish": tester.can_publish,
        "unpublish": tester.can_unpublish,
        "delete": tester.can_delete,
    }[action]()


@pytest.mark.parametrize(
    ("role", "section", "action", "allowed"),
    CELLS,
    ids=[f"{r}-{s._meta.app_label}-{a}" for r, s, a, _ in CELLS],
)
def test_permission_matrix(users, sections, role, section, action, allowed):
    index, page = sections[section]
    assert can(users[role], action, index, page) is allowed


def test_a_role_never_reaches_the_home_page_or_another_section(users, sections, home_page):
    for role, user in users.items():
        tester = home_page.permissions_for_user(user)
        assert not tester.can_edit(), role
        assert not tester.can_add_subpage(), role
        own = {s for s, actions in MATRIX[role].items() if actions["edit"]}
        for section, (index, _page) in sections.items():
            assert index.permissions_for_user(user).can_edit() is (section in own), (role, section)


def test_setup_roles_is_idempotent(sections):
    counts = (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
        sum(group.permissions.count() for group in Group.objects.all()),
    )
    call_command("setup_roles", verbosity=0)
    assert counts == (
        Group.objects.count(),
        GroupPagePermission.objects.count(),
        Workflow.objects.count(),
        WorkflowPage.objects.count(),
        sum(group.permissions.count() for group in Group.objects.all()),
    )


def test_sections_get_their_approval_workflow(sections):
    assert sections[NEWS][1].get_workflow().name == "Editorial review"
    assert sections[SUMMITS][1].get_workflow().name == "Editorial review"
    assert sections[AWARDS][1].get_workflow().name == "Awards approval"


@pytest.mark.parametrize(
    ("role", "section", "expected"),
    [
        (EDITORS, NEWS, 200),
        (EDITORS, AWARDS, "refused"),
        (MODERATORS, SUMMITS, 200),
        (MODERATORS, AWARDS, "refused"),
        (AWARD_ADMINS, AWARDS, 200),
        (AWARD_ADMINS, NEWS, "refused"),
    ],
)
def test_the_page_editor_opens_only_in_your_own_section(
    client, users, sections, role, section, expected
):
    client.force_login(users[role])
    response = client.get(reverse("wagtailadmin_pages:edit", args=[sections[section][1].pk]))
    if expected == 200:
        assert response.status_code == 200
        assert b'name="title"' in response.content
    else:
        # Wagtail answers a refused page permission with a redirect to the dashboard and a
        # message; the awards app turns refusals into a 403.
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize(
    ("role", "url_name", "allowed"),
    [
        (AWARD_ADMINS, "wagtailsnippets_awards_recognition:list", True),
        (EDITORS, "wagtailsnippets_awards_recognition:list", False),
        (AWARD_ADMINS, "awards_recognition_import", True),
        (MODERATORS, "awards_recognition_import", False),
        (AWARD_ADMINS, "wagtailsnippets_awards_honouree:list", True),
        (EDITORS, "wagtailsnippets_awards_honouree:list", False),
        (MODERATORS, "wagtailsnippets_comments_comment:list", True),
        (EDITORS, "wagtailsnippets_comments_comment:list", False),
        (EDITORS, "wagtailsnippets_news_source:list", True),
        (AWARD_ADMINS, "wagtailsnippets_news_source:list", False),
    ],
)
def test_record_listings_follow_the_model_permissions(client, users, role, url_name, allowed):
    client.force_login(users[role])
    response = client.get(reverse(url_name))
    if allowed:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)


def test_every_role_can_upload_and_choose_images_and_documents(client, users):
    for user in users.values():
        client.force_login(user)
        assert client.get(reverse("wagtailimages:add")).status_code == 200
        assert client.get(reverse("wagtaildocs:add")).status_code == 200
        assert client.get(reverse("wagtailimages_chooser:choose")).status_code == 200
