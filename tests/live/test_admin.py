"""Posting, correcting and deleting updates from the coverage page's admin view, by the roles
of the news section."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from live.forms import LiveUpdateForm
from live.models import LiveUpdate
from portal.roles import EDITORS, MODERATORS
from tests.factories import PersonFactory, UserFactory
from tests.news.factories import NewsIndexPageFactory

from .factories import LiveUpdateFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roles(home_page):
    NewsIndexPageFactory(parent=home_page)
    call_command("setup_roles", verbosity=0)


def member_of(group_name, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator(roles):
    return member_of(MODERATORS, "synthetic-moderator")


@pytest.fixture
def editor(roles):
    return member_of(EDITORS, "synthetic-editor")


def stream_url(page):
    return reverse("live_updates", args=[page.pk])


def as_editor_types_it(html):
    """The rich text as the admin's editor posts it (Draftail's content state)."""
    return LiveUpdateForm().fields["text"].widget.format_value(html)


def post_text(client, page, text, **more):
    return client.post(stream_url(page), {"text": as_editor_types_it(f"<p>{text}</p>"), **more})


def test_a_moderator_posts_an_update_with_its_text_alone(client, coverage, moderator):
    client.force_login(moderator)
    form = client.get(stream_url(coverage))
    assert form.status_code == 200
    assert "Post an update" in form.content.decode()

    response = post_text(client, coverage, "The closing ceremony has begun.")
    assert response.status_code == 302 and response.url == stream_url(coverage)
    update = LiveUpdate.objects.get(page=coverage)
    assert update.posted_at is not None and not update.is_key

    client.logout()  # what a visitor sees, at once
    assert "The closing ceremony has begun." in client.get(coverage.url).content.decode()


def test_a_key_update_with_its_author_and_figure(client, coverage, moderator):
    client.force_login(moderator)
    reporter = PersonFactory(name="Synthetic Reporter")
    post_text(
        client,
        coverage,
        "Projects signed at the cooperation conference.",
        is_key="on",
        author=reporter.pk,
        figure_value="70+",
        figure_label="projects signed",
    )
    update = LiveUpdate.objects.get(page=coverage)
    assert update.is_key and update.author == reporter
    client.logout()
    html = client.get(coverage.url).content.decode()
    assert "<strong>70+</strong> projects signed" in html
    assert 'id="key-updates-title"' in html


def test_a_figure_without_its_label_is_refused_with_a_message(client, coverage, moderator):
    client.force_login(moderator)
    response = post_text(client, coverage, "A figure alone.", figure_value="70+")
    assert response.status_code == 200
    assert "Give the key figure and its label together" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_an_empty_update_is_refused(client, coverage, moderator):
    client.force_login(moderator)
    response = client.post(stream_url(coverage), {"text": as_editor_types_it("")})
    assert response.status_code == 200
    assert "an update needs its text" in response.content.decode()
    assert not LiveUpdate.objects.exists()


def test_correct_and_delete_an_update(client, coverage, moderator):
    update = LiveUpdateFactory(page=coverage, text="<p>Fourteen countries.</p>")
    client.force_login(moderator)
    edit_url = reverse("live_update_edit", args=[coverage.pk, update.pk])
    assert client.get(edit_url).status_code == 200
    response = client.post(
        edit_url, {"text": as_editor_types_it("<p>Eighteen young leaders, fourteen countries.</p>")}
    )
    assert response.status_code == 302
    update.refresh_from_db()
    assert "Eighteen" in update.text
    html = client.get(coverage.url).content.decode()
    assert "Eighteen young leaders" in html

    delete_url = reverse("live_update_delete", args=[coverage.pk, update.pk])
    assert client.get(delete_url).status_code == 200
    assert client.post(delete_url).status_code == 302
    assert not LiveUpdate.objects.filter(pk=update.pk).exists()
    assert "Eighteen young leaders" not in client.get(coverage.url).content.decode()


def test_an_update_of_another_page_is_not_found(client, coverage, edition, moderator):
    from .factories import LiveCoveragePageFactory

    other = LiveCoveragePageFactory(parent=edition)
    update = LiveUpdateFactory(page=other)
    client.force_login(moderator)
    url = reverse("live_update_edit", args=[coverage.pk, update.pk])
    assert client.post(url, {"text": as_editor_types_it("<p>Hijack</p>")}).status_code == 404


def test_an_editor_who_cannot_publish_news_is_refused(client, coverage, editor):
    update = LiveUpdateFactory(page=coverage)
    client.force_login(editor)
    assert client.get(stream_url(coverage)).status_code == 403
    assert post_text(client, coverage, "Not allowed.").status_code == 403
    delete_url = reverse("live_update_delete", args=[coverage.pk, update.pk])
    assert client.post(delete_url).status_code == 403
    assert LiveUpdate.objects.filter(page=coverage).count() == 1


def test_a_visitor_is_sent_to_the_login(client, coverage):
    response = client.get(stream_url(coverage))
    assert response.status_code == 302 and "login" in response.url


def test_the_page_header_offers_live_updates_to_those_who_may_post(client, coverage, moderator):
    client.force_login(moderator)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[coverage.pk])).content.decode()
    assert stream_url(coverage) in html
    listing = client.get(reverse("wagtailadmin_explore", args=[coverage.get_parent().pk]))
    assert stream_url(coverage) in listing.content.decode()
