"""The "Editorial review" workflow, run by the people the roles name: an editor writes and
submits, a moderator approves (which publishes) or asks for changes with a comment."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from awards.models import AwardsIndexPage as AWARDS
from news.models import NewsIndexPage as NEWS
from tests.awards.factories import AwardProgramPageFactory
from tests.news.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def submit_draft(parent, factory, user, **fields):
    """What the editor's "Submit to review" does: save a revision and start the workflow."""
    page = factory(parent=parent, live=False, owner=user, **fields)
    page.save_revision(user=user)
    state = page.get_workflow().start(page, user)
    return page, state


def test_editor_submits_and_a_moderator_approves_and_publishes(
    client, sections, editor, moderator, award_admin
):
    news_index = sections[NEWS][0]
    page, state = submit_draft(
        news_index, ArticlePageFactory, editor, title="Synthetic story for review"
    )
    task_state = state.current_task_state
    task = task_state.task.specific
    assert state.workflow.name == "Editorial review"
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # The editor can neither publish nor approve their own submission; neither can an award
    # administrator, whose own approval task is elsewhere.
    assert not page.permissions_for_user(editor).can_publish()
    assert task.get_actions(page, editor) == []
    assert task.get_actions(page, award_admin) == []
    assert task.locked_for_user(page, editor)
    assert [name for name, _label, _modal in task.get_actions(page, moderator)] == [
        "reject",
        "approve",
        "approve",
    ]

    # The moderator sees it on their dashboard and approves it in the admin.
    client.force_login(moderator)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Synthetic story for review" in dashboard.content.decode()
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)

    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live
    assert state.status == WorkflowState.STATUS_APPROVED
    assert TaskState.objects.get(pk=task_state.pk).finished_by == moderator
    assert page.live_revision.user == editor
    # The audit log records who did what.
    actions = list(PageLogEntry.objects.for_instance(page).values_list("action", "user__username"))
    assert ("wagtail.workflow.start", editor.username) in actions
    assert ("wagtail.workflow.approve", moderator.username) in actions
    assert ("wagtail.publish", moderator.username) in actions
    client.force_login(moderator)
    log = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert log.status_code == 200
    assert "Approved" in log.content.decode()
    # The public page is live.
    client.logout()
    assert client.get(page.url).status_code == 200


def test_moderator_requests_changes_with_a_comment(client, sections, editor, moderator):
    page, state = submit_draft(sections[NEWS][0], ArticlePageFactory, editor)
    task_state = state.current_task_state

    client.force_login(moderator)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Please check the figure in the second paragraph."},
    )
    assert response.status_code in (200, 302)

    page.refresh_from_db()
    state.refresh_from_db()
    task_state.refresh_from_db()
    assert not page.live
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.get_comment() == "Please check the figure in the second paragraph."

    # The editor sees the request (and the comment) in the page's workflow history.
    client.force_login(editor)
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[page.pk]))
    assert history.status_code == 200
    detail = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[page.pk, state.pk])
    )
    assert "Please check the figure in the second paragraph." in detail.content.decode()

    # Resubmitted after the changes, the moderator approves it.
    page.title = "Synthetic story, corrected"
    page.save_revision(user=editor)
    state.resume(user=editor)
    state.refresh_from_db()
    state.current_task_state.task.specific.on_action(state.current_task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    assert page.title == "Synthetic story, corrected"


def test_a_moderator_cannot_approve_award_pages(sections, editor, moderator, award_admin):
    page, state = submit_draft(sections[AWARDS][0], AwardProgramPageFactory, award_admin)
    task = state.current_task_state.task.specific
    assert state.workflow.name == "Awards approval"
    assert task.get_actions(page, moderator) == []
    assert task.get_actions(page, editor) == []
    task.on_action(state.current_task_state, award_admin, "approve")
    page.refresh_from_db()
    assert page.live


def test_revisions_compare_and_revert_and_preview(client, sections, editor):
    page = sections[NEWS][1]
    first = page.save_revision(user=editor)
    page.title = "Synthetic article, second version"
    second = page.save_revision(user=editor)
    client.force_login(editor)
    compare = client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first.pk, second.pk])
    )
    assert compare.status_code == 200
    assert "Synthetic article, second version" in compare.content.decode()
    revert = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]))
    assert revert.status_code == 200
    preview = client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]))
    assert preview.status_code == 200
