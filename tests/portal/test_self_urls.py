"""Self links follow the host and port the site is served on (portal/self_urls.py): a page
served as 127.0.0.1:18751 or localhost:18751 links to itself there, never to the Site's
address (testserver here, 127.0.0.1:8000 in `make run` before) or another local one."""

import re
import urllib.request

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core import mail
from django.db import connections
from django.test.testcases import LiveServerThread

pytestmark = pytest.mark.django_db

HOSTS = ["127.0.0.1:18751", "localhost:18751"]
# Any absolute link to a local address, with its port; `testserver` is the tests' Site.
LOCAL_LINK = re.compile(r"(?:https?|webcal)://((?:127\.0\.0\.1|localhost|testserver)(?::\d+)?)")


def local_hosts(text):
    return set(LOCAL_LINK.findall(text))


@pytest.fixture
def routes(http_demo, db):
    return http_demo


def test_the_hosts_are_served_by_the_test_settings():
    assert {"127.0.0.1", "localhost"} <= set(settings.ALLOWED_HOSTS)


@pytest.mark.parametrize("host", HOSTS)
def test_every_route_links_only_to_the_host_it_was_served_on(client, routes, host):
    linked = {}
    for name, path in routes.items():
        response = client.get(path, HTTP_HOST=host)
        assert response.status_code == 200, name
        found = local_hosts(response.content.decode())
        assert found <= {host}, f"{name} ({path}) links to {found - {host}}"
        linked[name] = found
    # The self links are there to be followed (not merely absent).
    for name in ["home", "article", "edition", "part", "rss", "atom", "sitemap", "robots"]:
        assert linked[name] == {host}, name


def test_the_edition_links_its_calendar_and_webcal_on_the_served_port(client, routes):
    html = client.get(routes["edition"], HTTP_HOST="127.0.0.1:18751").content.decode()
    ics = f"http://127.0.0.1:18751{routes['edition calendar']}"
    assert f'href="{ics}"' in html
    assert f'href="webcal://127.0.0.1:18751{routes["edition calendar"]}"' in html
    assert f'<link rel="canonical" href="http://127.0.0.1:18751{routes["edition"]}">' in html


def test_a_request_for_an_unknown_host_is_refused_not_echoed(client, routes):
    response = client.get("/", HTTP_HOST="evil.example:18751")
    assert response.status_code == 400
    assert "evil.example" not in response.content.decode()


def test_without_a_request_self_urls_keep_the_site_address(routes):
    from news.models import ArticlePage

    article = ArticlePage.objects.live().first()
    assert article.full_url.startswith("http://testserver/")


def test_the_moderators_email_links_to_the_admin_on_the_served_host(client, home_page):
    from django.test import RequestFactory

    from comments.models import Comment, CommentSettings
    from comments.notifications import notify_moderators
    from tests.news.factories import NewsIndexPageFactory, full_article

    article = full_article(NewsIndexPageFactory(parent=home_page))
    comment = Comment.objects.create(
        page=article, author_name="Ada", author_email="ada@example.org", body="Hello"
    )
    comment_settings = CommentSettings.for_site(home_page.get_site())
    comment_settings.notify_emails = "mod@example.org"
    request = RequestFactory().post("/comments/", HTTP_HOST="localhost:18751")
    notify_moderators(comment, comment_settings, request)
    assert local_hosts(mail.outbox[-1].body) == {"localhost:18751"}


def test_a_live_server_on_a_free_port_links_its_calendar_there(routes):
    """Django's development server (the one `make run` starts) on a port of its own, over
    real HTTP: the edition's "Download calendar" button names that port and answers. It
    shares the test's in-memory SQLite connection, so it sees the demo loaded here."""
    connection = connections["default"]
    if connection.vendor != "sqlite" or not connection.is_in_memory_db():
        pytest.skip("the server thread shares only an in-memory SQLite database")
    connection.inc_thread_sharing()
    server = LiveServerThread(
        "127.0.0.1", StaticFilesHandler, connections_override={"default": connection}, port=0
    )
    server.daemon = True
    server.start()
    server.is_ready.wait()
    if server.error:
        raise server.error
    base = f"http://127.0.0.1:{server.port}"
    try:
        with urllib.request.urlopen(base + routes["edition"], timeout=30) as response:
            html = response.read().decode()
        assert local_hosts(html) == {f"127.0.0.1:{server.port}"}
        ics = re.search(r'href="([^"]+)" download', html).group(1)
        assert ics == base + routes["edition calendar"]
        with urllib.request.urlopen(ics, timeout=30) as response:
            assert response.status == 200
            assert response.read().startswith(b"BEGIN:VCALENDAR")
    finally:
        server.terminate()
        connection.dec_thread_sharing()
