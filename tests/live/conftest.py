import pytest

from tests.events.factories import SummitIndexPageFactory, SummitPageFactory, shanghai

from .factories import LiveCoveragePageFactory


@pytest.fixture
def edition(home_page):
    series = SummitIndexPageFactory(parent=home_page)
    return SummitPageFactory(
        parent=series,
        year=2030,
        title="Synthetic Summit 2030",
        start=shanghai(2030, 11, 8, 9, 0),
        end=shanghai(2030, 11, 10, 18, 0),
        time_zone="Asia/Shanghai",
    )


@pytest.fixture
def coverage(edition):
    return LiveCoveragePageFactory(parent=edition, slug="closing-day-live")
