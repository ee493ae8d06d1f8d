"""What may be created under what."""

import pytest
from django.core.exceptions import ValidationError

from events.models import (
    EditionPartPage,
    EventPage,
    SubForumPage,
    SummitIndexPage,
    SummitPage,
)
from portal.models import StandardPage

from .factories import EventPageFactory, SummitPageFactory, shanghai

pytestmark = pytest.mark.django_db


def test_series_lives_under_the_home_page_once(home_page, series):
    assert not SummitIndexPage.can_create_at(home_page)  # max_count 1: it exists already
    assert SummitIndexPage.parent_page_types == ["portal.HomePage"]
    assert not SummitIndexPage.can_create_at(series)


def test_editions_only_under_the_series(home_page, series, edition):
    assert SummitPage.can_create_at(series)
    assert not SummitPage.can_create_at(home_page)
    assert not SummitPage.can_create_at(edition)


def test_parts_only_under_an_edition(home_page, series, edition):
    assert EventPage.can_create_at(edition)
    assert SubForumPage.can_create_at(edition)
    assert not EventPage.can_create_at(series)
    assert not SubForumPage.can_create_at(home_page)
    event = EventPageFactory(parent=edition)
    assert not EventPage.can_create_at(event)
    assert not StandardPage.can_create_at(event)
    assert not StandardPage.can_create_at(edition)


def test_the_shared_parent_type_cannot_be_created(edition):
    assert not EditionPartPage.can_create_at(edition)
    assert set(edition.specific_class.allowed_subpage_models()) == {SubForumPage, EventPage}


def test_edition_address_is_its_year(series):
    page = SummitPageFactory.build(year=2031, slug="tenth", title="Synthetic Summit 2031")
    page.start, page.end = shanghai(2031, 1, 1, 9), shanghai(2031, 1, 2, 9)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "slug" in error.value.message_dict


def test_end_before_start_is_refused(series):
    page = SummitPageFactory.build(year=2032, slug="2032")
    page.start, page.end = shanghai(2032, 1, 2, 9), shanghai(2032, 1, 1, 9)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "end" in error.value.message_dict


def test_an_event_cannot_pretend_to_be_a_sub_forum(edition):
    event = EventPageFactory.build(kind="sub_forum")
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "kind" in error.value.message_dict


def test_sub_forum_kind_is_fixed(edition):
    from .factories import SubForumPageFactory

    forum = SubForumPageFactory(parent=edition, kind="expo")
    forum.refresh_from_db()
    assert forum.kind == "sub_forum"
