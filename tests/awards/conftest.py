import datetime as dt

import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import UserFactory

from .factories import (
    AwardCategoryFactory,
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    AwardsIndexPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)

ANNOUNCEMENT = dt.datetime(2030, 11, 9, 12, 0, tzinfo=dt.UTC)  # 20:00 in Asia/Shanghai


@pytest.fixture
def awards_index(home_page):
    return AwardsIndexPageFactory(parent=home_page)


@pytest.fixture
def awards_data(awards_index):
    """Two synthetic programmes, three editions, categories and recognitions.

    Tech (prog-tech): 2022 and 2023 editions; category "alpha" and "beta".
    Cases (prog-cases): 2023 edition, no categories.
    """
    tech = AwardProgramPageFactory(parent=awards_index, title="Tech Award", slug="prog-tech")
    cases = AwardProgramPageFactory(parent=awards_index, title="Cases", slug="prog-cases")
    alpha = AwardCategoryFactory(programme=tech, name="Alpha", slug="alpha")
    beta = AwardCategoryFactory(programme=tech, name="Beta", slug="beta")
    tech22 = AwardEditionPageFactory(parent=tech, year=2022)
    tech23 = AwardEditionPageFactory(parent=tech, year=2023)
    cases23 = AwardEditionPageFactory(parent=cases, year=2023)
    honouree = HonoureeFactory(person__name="Synthetic Laureate", person__country="FR")
    rows = {
        "t22_alpha_cn": RecognitionFactory(edition=tech22, category=alpha, country="CN"),
        "t23_alpha_cn": RecognitionFactory(
            edition=tech23, category=alpha, country="CN", honourees=[honouree]
        ),
        "t23_alpha_fr": RecognitionFactory(edition=tech23, category=alpha, country="FR"),
        "t23_beta_cn": RecognitionFactory(edition=tech23, category=beta, country="CN"),
        "c23_et": RecognitionFactory(edition=cases23, country="ET"),
    }
    return {
        "index": awards_index,
        "tech": tech,
        "cases": cases,
        "alpha": alpha,
        "beta": beta,
        "tech22": tech22,
        "tech23": tech23,
        "cases23": cases23,
        "honouree": honouree,
        **rows,
    }


def _user_with_perms(username, codenames):
    user = UserFactory(username=username)
    group, _ = Group.objects.get_or_create(name=f"group-{username}")
    perms = Permission.objects.filter(codename__in=codenames)
    group.permissions.set(perms)
    user.groups.add(group)
    return user


@pytest.fixture
def award_admin(db):
    return _user_with_perms(
        "award-admin",
        [
            "access_admin",
            "add_recognition",
            "change_recognition",
            "delete_recognition",
            "view_recognition",
            "add_honouree",
            "change_honouree",
        ],
    )


@pytest.fixture
def news_editor(db):
    """Admin access and news-like permissions, nothing of the awards app."""
    return _user_with_perms("news-editor", ["access_admin", "add_person", "change_person"])
