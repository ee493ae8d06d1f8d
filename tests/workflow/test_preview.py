"""Every page type previews in the admin (the editor's preview panel renders it)."""

import pytest
from django.urls import reverse
from wagtail.models import get_page_models

from awards.models import AwardsIndexPage as AWARDS
from events.models import SummitIndexPage as SUMMITS
from news.models import NewsIndexPage as NEWS
from tests.awards.factories import AwardEditionPageFactory
from tests.events.factories import EventPageFactory, SubForumFactory
from tests.factories import StandardPageFactory
from tests.live.factories import LiveCoveragePageFactory

pytestmark = pytest.mark.django_db


def test_every_page_type_previews(client, sections, home_page, django_user_model):
    edition = sections[SUMMITS][1]
    pages = [
        home_page,
        StandardPageFactory(parent=home_page),
        *(page for pair in sections.values() for page in pair),
        SubForumFactory(parent=edition),
        LiveCoveragePageFactory(parent=edition),
        EventPageFactory(parent=edition),
        AwardEditionPageFactory(parent=sections[AWARDS][1], year=2031),
    ]
    covered = {page.specific_class for page in pages}
    creatable = {model for model in get_page_models() if model.is_creatable}
    assert creatable <= covered, creatable - covered

    admin = django_user_model.objects.create_superuser("preview-admin", "p@example.org", "pw")
    client.force_login(admin)
    for page in pages:
        page = page.specific
        for mode, _label in page.preview_modes:
            response = page.make_preview_request(preview_mode=mode)
            if hasattr(response, "render"):
                response.render()
            assert response.status_code == 200, (page, mode)
            assert page.title in response.content.decode(), (page, mode)
        # The editor's preview view answers too.
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert edit.status_code == 200, page
    assert sections[NEWS][1].specific.preview_modes
