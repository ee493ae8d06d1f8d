"""What may be created under what."""

import pytest
from django.core.exceptions import ValidationError

from events.models import (
    EditionPartPage,
    EventPage,
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
    assert not EventPage.can_create_at(series)
    assert not EventPage.can_create_at(home_page)
    event = EventPageFactory(parent=edition)
    assert not EventPage.can_create_at(event)
    assert not StandardPage.can_create_at(event)
    assert not StandardPage.can_create_at(edition)


def test_the_shared_parent_type_cannot_be_created(edition):
    assert not EditionPartPage.can_create_at(edition)
    # The events app's own page types under an edition (later apps add theirs, such as
    # live coverage).
    own = {
        m for m in edition.specific_class.allowed_subpage_models() if m._meta.app_label == "events"
    }
    assert own == {EventPage}


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


def test_a_part_of_any_kind_is_one_page_type(edition):
    from .factories import SubForumFactory

    forum = SubForumFactory(parent=edition)
    expo = EventPageFactory(parent=edition, kind="expo")
    forum.full_clean()  # a sub-forum is a valid event page
    assert type(forum.specific) is type(expo.specific) is EventPage
    assert {page.kind for page in EventPage.objects.child_of(edition)} == {"sub_forum", "expo"}
