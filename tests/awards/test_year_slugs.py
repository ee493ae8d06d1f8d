"""New award and summit editions get their year as the address when the editor leaves the
slug as the admin made it from the title; a slug typed by hand is kept."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from awards.models import AwardEditionPage
from events.models import SummitPage
from tests.events.factories import SummitIndexPageFactory
from tests.factories import UserFactory

from .factories import AwardEditionPageFactory, AwardProgramPageFactory


@pytest.fixture
def superuser_client(client, db):
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    return client


@pytest.fixture
def programme(awards_index):
    return AwardProgramPageFactory(parent=awards_index, title="Young Leaders", slug="young-leaders")


def add_edition(client, programme, title, slug, year=2024):
    data = nested_form_data({"title": title, "slug": slug, "year": year, "action-publish": "1"})
    return client.post(f"/admin/pages/add/awards/awardeditionpage/{programme.pk}/", data)


@pytest.mark.parametrize("slug", ["young-leaders-2024", ""])
def test_new_award_edition_takes_its_year_as_slug(superuser_client, programme, slug):
    response = add_edition(superuser_client, programme, "Young Leaders 2024", slug)
    assert response.status_code == 302, response.context["form"].errors
    edition = AwardEditionPage.objects.get(year=2024)
    assert edition.slug == "2024"
    assert superuser_client.get("/awards/young-leaders/2024/").status_code == 200


def test_a_slug_typed_by_hand_is_kept(superuser_client, programme):
    response = add_edition(superuser_client, programme, "Young Leaders 2024", "special-cohort")
    assert response.status_code == 302, response.context["form"].errors
    assert AwardEditionPage.objects.get(year=2024).slug == "special-cohort"


def test_the_year_slug_of_a_second_edition_of_the_year_is_refused_clearly(
    superuser_client, programme
):
    AwardEditionPageFactory(parent=programme, year=2024)
    response = add_edition(superuser_client, programme, "Young Leaders 2024", "young-leaders-2024")
    assert response.status_code == 200
    assert "The slug &#x27;2024&#x27; is already in use" in response.content.decode()


def test_editing_a_live_edition_leaves_its_slug_alone(superuser_client, programme):
    edition = AwardEditionPageFactory(parent=programme, year=2024, slug="kept-address")
    data = nested_form_data(
        {"title": "Kept Address", "slug": "kept-address", "year": 2024, "action-publish": "1"}
    )
    response = superuser_client.post(f"/admin/pages/{edition.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    edition.refresh_from_db()
    assert edition.slug == "kept-address"


def test_new_summit_edition_takes_its_year_as_slug(superuser_client, home_page):
    series = SummitIndexPageFactory(parent=home_page)
    data = nested_form_data(
        {
            "title": "Wuzhen Summit 2024",
            "slug": "wuzhen-summit-2024",  # what the admin's title sync proposes
            "edition_number": 11,
            "year": 2024,
            "theme": "A synthetic theme",
            "start": "2024-11-20 09:00",
            "end": "2024-11-22 18:00",
            "time_zone": "Asia/Shanghai",
            "attendance_mode": "hybrid",
            "key_figures": inline_formset([]),
            "highlights": inline_formset([]),
            "publications": inline_formset([]),
            "host_city_indicators": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = superuser_client.post(f"/admin/pages/add/events/summitpage/{series.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    assert SummitPage.objects.get(year=2024).slug == "2024"
    assert superuser_client.get("/summits/2024/").status_code == 200
