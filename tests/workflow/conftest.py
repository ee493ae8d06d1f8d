import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from awards.models import AwardsIndexPage as AWARDS
from awards.roles import AWARD_ADMINS
from events.models import SummitIndexPage as SUMMITS
from news.models import NewsIndexPage as NEWS
from portal.roles import EDITORS, MODERATORS
from tests.awards.factories import AwardProgramPageFactory, AwardsIndexPageFactory
from tests.events.factories import SummitIndexPageFactory, SummitPageFactory
from tests.factories import UserFactory
from tests.news.factories import ArticlePageFactory, NewsIndexPageFactory


@pytest.fixture
def sections(home_page):
    """The three section index pages, one live page in each, and the roles applied to them."""
    news = NewsIndexPageFactory(parent=home_page)
    summits = SummitIndexPageFactory(parent=home_page)
    awards = AwardsIndexPageFactory(parent=home_page)
    call_command("setup_roles", verbosity=0)
    return {
        NEWS: (news, ArticlePageFactory(parent=news, title="Synthetic live article")),
        SUMMITS: (summits, SummitPageFactory(parent=summits, year=2031)),
        AWARDS: (awards, AwardProgramPageFactory(parent=awards, title="Synthetic programme")),
    }


def member_of(group_name, username):
    user = UserFactory(username=username)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(sections):
    return member_of(EDITORS, "synthetic-editor")


@pytest.fixture
def moderator(sections):
    return member_of(MODERATORS, "synthetic-moderator")


@pytest.fixture
def award_admin(sections):
    return member_of(AWARD_ADMINS, "synthetic-award-admin")


@pytest.fixture
def users(editor, moderator, award_admin):
    return {EDITORS: editor, MODERATORS: moderator, AWARD_ADMINS: award_admin}
