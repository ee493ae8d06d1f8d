import pytest

from .factories import SummitIndexPageFactory, SummitPageFactory, shanghai


@pytest.fixture
def series(home_page):
    return SummitIndexPageFactory(parent=home_page)


@pytest.fixture
def edition(series):
    return SummitPageFactory(
        parent=series,
        year=2030,
        title="Synthetic Summit 2030",
        start=shanghai(2030, 11, 8, 9, 0),
        end=shanghai(2030, 11, 10, 18, 0),
    )
