"""A visitor's journey through the awards: the awards index, a programme, its listing
filtered by year and country, and an honouree's page.

The demo content names no individual honouree (its facts list only cases), so this test
adds two visibly synthetic ones to a demo edition and removes them afterwards."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

PROGRAMME = "ten-year-commemorative-honour"


@pytest.fixture
def synthetic_honourees(live_site):
    """Two honourees of the programme's latest edition, from two countries."""
    from awards.models import AwardEditionPage, AwardProgramPage, Honouree, Recognition
    from portal.models import Person

    programme = AwardProgramPage.objects.live().get(locale__language_code="en", slug=PROGRAMME)
    edition = AwardEditionPage.objects.live().child_of(programme).order_by("-year").first()
    created = []
    for rank, (name, country) in enumerate(
        [("Example Honouree One (synthetic)", "KE"), ("Example Honouree Two (synthetic)", "FR")],
        start=1,
    ):
        person = Person.objects.create(name=name)
        honouree = Honouree.objects.create(person=person)
        recognition = Recognition.objects.create(
            edition=edition,
            country=country,
            rank=rank,
            citation="Synthetic record added by a browser test.",
        )
        recognition.honourees.add(honouree)
        created.append((recognition, honouree, person))
    yield programme, edition, [honouree for _r, honouree, _p in created]
    for recognition, honouree, person in created:
        recognition.delete()
        honouree.delete()
        person.delete()


def test_awards_programme_filters_and_an_honouree(page, synthetic_honourees):
    programme, edition, (kenyan, french) = synthetic_honourees

    page.goto("/")
    menu = page.get_by_role("navigation", name="Main")
    menu.get_by_role("link", name="Awards and honours").click()
    page.get_by_role("main").get_by_role("link", name=programme.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(programme.title)

    listing = page.get_by_role("main")
    expect(listing.get_by_role("link", name=kenyan.name)).to_be_visible()
    expect(listing.get_by_role("link", name=french.name)).to_be_visible()

    filters = page.get_by_role("form", name="Filter recognitions")
    filters.get_by_label("Year").select_option(str(edition.year))
    filters.get_by_label("Country").select_option("KE")
    filters.get_by_role("button", name="Apply filters").click()
    expect(page).to_have_url(re.compile(rf"year={edition.year}"))
    expect(page).to_have_url(re.compile(r"country=KE"))
    expect(filters.get_by_label("Country")).to_have_value("KE")
    expect(listing.get_by_role("link", name=kenyan.name)).to_be_visible()
    expect(listing.get_by_role("link", name=french.name)).to_have_count(0)

    listing.get_by_role("link", name=kenyan.name).click()
    expect(page).to_have_url(re.compile(re.escape(kenyan.get_absolute_url()) + "$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(kenyan.name)
    expect(page.get_by_role("main")).to_contain_text(programme.title)
    expect(page.get_by_role("main")).to_contain_text(str(edition.year))
