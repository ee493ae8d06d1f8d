import time

import pytest
from django.core import signing

from comments import timestamps
from comments.models import CommentSettings, ModerationMode
from tests.comments.factories import CommentablePageFactory

EMAIL = "private.reader@example.net"


@pytest.fixture
def article(home_page):
    return CommentablePageFactory(parent=home_page, slug="recap", title="Summit recap")


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
