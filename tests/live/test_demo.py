import io

import pytest
from django.core.management import call_command

from live.models import LiveCoveragePage, LiveUpdate

pytestmark = pytest.mark.django_db


def test_demo_covers_the_2023_closing_day_as_an_archive_once(client):
    call_command("load_demo", stdout=io.StringIO())
    second = io.StringIO()
    call_command("load_demo", stdout=second)
    assert "nothing changed" in second.getvalue()

    page = LiveCoveragePage.objects.get(locale__language_code="en", slug="closing-day-live")
    assert page.get_parent().slug == "2023" and page.status == "ended"
    assert LiveUpdate.objects.filter(page=page).count() == 11
    html = client.get(page.url).content.decode()
    assert "Live coverage archive" in html
    assert "126" in html and "countries and regions taking part, a record" in html
    # The first update of the day, in the edition's zone.
    assert 'datetime="2023-11-10T08:45:00+08:00">08:45</time>' in html
    assert "live/live.js" not in html
