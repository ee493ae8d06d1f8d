import time

import pytest
from django.core import signing
from django.test import override_settings

from comments import timestamps
from comments.models import CommentSettings, ModerationMode
from tests.comments.factories import CommentablePageFactory
from tests.news.factories import NewsIndexPageFactory

EMAIL = "private.reader@example.net"


@pytest.fixture(autouse=True)
def isolated_settings():
    """Page cache off unless a test turns it on (`make test` exports the dev settings, where
    it is on), and never the real Akismet, whatever the environment says."""
    with override_settings(PAGE_CACHE_SECONDS=0, AKISMET_API_KEY=""):
        yield


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def article(news_index):
    return CommentablePageFactory(parent=news_index, slug="recap", title="Summit recap")


@pytest.fixture
def comment_settings(site):
    settings = CommentSettings.for_site(site)
    settings.moderation_mode = ModerationMode.AUTO_APPROVE
    settings.save()
    return settings


def stamp(seconds_ago=30):
    return signing.dumps(time.time() - seconds_ago, salt=timestamps.SALT)


def form_data(**overrides):
    data = {
        "author_name": "Li Wei",
        "author_email": EMAIL,
        "author_url": "",
        "body": "A thoughtful remark about the summit.",
        "loaded_at": stamp(),
        "phone_number": "",
    }
    data.update(overrides)
    return data


def post_url(page):
    return f"/comments/post/{page.pk}/"
