"""load_demo applies the roles to the demo sections, and a second run changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import GroupPagePermission, Page

from awards.roles import AWARD_ADMINS
from portal.roles import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db


def test_load_demo_sets_up_the_roles_on_the_demo_sections():
    call_command("load_demo", stdout=io.StringIO())
    sections = {
        group: set(
            GroupPagePermission.objects.filter(group__name=group).values_list(
                "page__url_path", flat=True
            )
        )
        for group in (EDITORS, MODERATORS, AWARD_ADMINS)
    }
    # Each section in both languages: the Chinese sections are the English ones' translations.
    news, summits, awards = (
        set(Page.objects.filter(slug=slug, depth=3).values_list("url_path", flat=True))
        for slug in ("news", "summits", "awards")
    )
    assert len(news) == len(summits) == len(awards) == 2
    assert sections[EDITORS] == news | summits
    assert sections[MODERATORS] == news | summits
    assert sections[AWARD_ADMINS] == awards
    summits = Page.objects.get(slug="summits", depth=3, locale__language_code="en").url_path
    summit_2023 = Page.objects.get(url_path=f"{summits}2023/")
    assert summit_2023.get_workflow().name == "Editorial review"

    before = GroupPagePermission.objects.count(), Group.objects.count()
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    assert "nothing changed" in output.getvalue()
    assert (GroupPagePermission.objects.count(), Group.objects.count()) == before
