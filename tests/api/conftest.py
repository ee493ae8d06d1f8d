import io

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Site


@pytest.fixture(autouse=True)
def _throttle_out_of_the_way():
    """One test client makes every request from one address; the throttling tests set
    their own small rate."""
    with override_settings(API_THROTTLE_RATE="100000/minute"):
        yield


@pytest.fixture
def demo(db, client):
    """The demo content (load_demo), with the test client on the demo site's host."""
    call_command("load_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    client.defaults["HTTP_HOST"] = (
        site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    )
    return site


def items(response):
    assert response.status_code == 200, response.content[:500]
    return response.json()["items"]


def assert_param_error(response, param):
    """A 400 in the API's error format that names `param`."""
    assert response.status_code == 400, response.content[:500]
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["message"]
    assert list(body["errors"]) == [param], body
    assert body["errors"][param]


@pytest.fixture(autouse=True)
def _own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def content(home_page):
    """One of each page type the API shows, linked as the demo links them: a summit
    edition (2030) with key figures and a sub-forum with a session, an article about it,
    an award programme whose 2030 edition belongs to the summit, with one recognition."""
    from tests.awards.factories import (
        AwardEditionPageFactory,
        AwardProgramPageFactory,
        AwardsIndexPageFactory,
        RecognitionFactory,
    )
    from tests.events.factories import (
        AgendaSessionFactory,
        KeyFigureFactory,
        SubForumFactory,
        SummitIndexPageFactory,
        SummitPageFactory,
    )
    from tests.news.factories import NewsIndexPageFactory, full_article

    summits = SummitIndexPageFactory(parent=home_page)
    summit = SummitPageFactory(parent=summits, year=2030)
    KeyFigureFactory(page=summit, metric="guests", number=1800, qualifier="more_than")
    forum = SubForumFactory(parent=summit, title="Synthetic Forum on AI")
    AgendaSessionFactory(page=forum, start=summit.start, end=summit.end, title="Opening")
    news = NewsIndexPageFactory(parent=home_page)
    article = full_article(news, title="Synthetic recap", related_summit=summit, tags=["Wuzhen"])
    awards = AwardsIndexPageFactory(parent=home_page)
    programme = AwardProgramPageFactory(parent=awards, title="Tech Award", slug="prog-tech")
    edition = AwardEditionPageFactory(parent=programme, year=2030, summit=summit)
    recognition = RecognitionFactory(edition=edition, title="Public Project", country="CN")
    return {
        "summit": summit,
        "forum": forum,
        "article": article,
        "programme": programme,
        "edition": edition,
        "recognition": recognition,
        "news": news,
    }
