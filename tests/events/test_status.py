"""Past, current and upcoming are right at any moment."""

import pytest
import time_machine

from .factories import SummitPageFactory, shanghai

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("moment", "label"),
    [
        (shanghai(2030, 11, 8, 8, 59), "Upcoming"),
        (shanghai(2030, 11, 8, 9, 0), "Happening now"),
        (shanghai(2030, 11, 10, 17, 59), "Happening now"),
        (shanghai(2030, 11, 10, 18, 1), "Past"),
    ],
)
def test_edition_status_at_a_moment(client, edition, moment, label):
    with time_machine.travel(moment, tick=False):
        html = client.get("/summits/2030/").content.decode()
        index_html = client.get("/summits/").content.decode()
        home_html = client.get("/").content.decode()
    assert 'class="event-status event-status--' in html
    assert f">{label}</span>" in html
    assert f">{label}</span>" in index_html
    assert "Synthetic Summit 2030" in home_html


def test_series_features_the_current_then_next_then_latest(client, series):
    SummitPageFactory(parent=series, year=2028, title="Edition 2028")
    SummitPageFactory(parent=series, year=2029, title="Edition 2029")
    SummitPageFactory(parent=series, year=2031, title="Edition 2031")

    def featured(moment):
        with time_machine.travel(moment, tick=False):
            html = client.get("/summits/").content.decode()
        start = html.index('id="featured-title"')
        return html[start : start + 200]

    assert "Edition 2029" in featured(shanghai(2029, 11, 9, 12))  # happening now
    assert "Edition 2031" in featured(shanghai(2030, 1, 1))  # next one
    assert "Edition 2031" in featured(shanghai(2035, 1, 1))  # latest past one
