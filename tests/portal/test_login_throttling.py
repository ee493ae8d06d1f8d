"""Failed logins are counted per username and client address (django-axes): after
LOGIN_FAILURE_LIMIT wrong passwords even the right one is refused with a lockout page,
until the cool-off passes or an operator unlocks it. The site's own /login/ serves pages
that require a login."""

import io
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory
from tests.portal.test_settings import PRODUCTION_ENV, run_manage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]

PASSWORD = "the-right-password-7"
LOGIN_URLS = ["/admin/login/", "/login/"]


@pytest.fixture
def reader(django_user_model):
    user = django_user_model.objects.create_user("reader", "reader@example.org", PASSWORD)
    # The admin login only lets in users with admin access.
    user.is_staff = True
    user.is_superuser = True
    user.save()
    return user


def attempt(client, url, password, **meta):
    return client.post(url, {"username": "reader", "password": password}, **meta)


def logged_in(client):
    return "_auth_user_id" in client.session


def fail(client, url, times, **meta):
    """`times` wrong passwords; the one that reaches the limit is already the lockout page."""
    for n in range(1, times + 1):
        response = attempt(client, url, "wrong-password", **meta)
        assert response.status_code == (429 if n >= 5 else 200)


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_five_wrong_passwords_lock_out_the_right_one(client, reader, url):
    fail(client, url, 5)
    response = attempt(client, url, PASSWORD)

    assert response.status_code == 429
    html = response.content.decode()
    assert "Too many failed logins" in html
    assert "Please try again in 30 minutes." in html
    assert 'class="skip-link"' in html  # the site's own page, not a bare message
    assert int(response["Retry-After"]) == 30 * 60
    assert not logged_in(client)


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_four_wrong_passwords_still_let_the_right_one_in(client, reader, url):
    fail(client, url, 4)
    assert attempt(client, url, PASSWORD).status_code == 302
    assert logged_in(client)


def test_the_limit_and_cool_off_are_settings(client, reader):
    with override_settings(AXES_FAILURE_LIMIT=2, AXES_COOLOFF_TIME=timedelta(minutes=2)):
        assert attempt(client, "/login/", "wrong").status_code == 200
        assert attempt(client, "/login/", "wrong").status_code == 429
        response = attempt(client, "/login/", PASSWORD)
    assert response.status_code == 429
    assert "Please try again in 2 minutes." in response.content.decode()
    assert response["Retry-After"] == "120"


def test_limits_come_from_the_environment():
    code = (
        "from django.conf import settings as s;"
        "print(s.AXES_FAILURE_LIMIT, s.AXES_COOLOFF_TIME.total_seconds(), s.TRUSTED_PROXY_COUNT,"
        " s.SEARCH_RATE, s.AUTOCOMPLETE_RATE)"
    )
    env = {
        **PRODUCTION_ENV,
        "LOGIN_FAILURE_LIMIT": "3",
        "LOGIN_COOLOFF_MINUTES": "15",
        "TRUSTED_PROXY_COUNT": "1",
        "SEARCH_RATE": "10/m",
        "AUTOCOMPLETE_RATE": "60/m",
    }
    result = run_manage("shell", "--no-imports", "-c", code, env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "3 900.0 1 10/m 60/m"


def test_another_address_is_not_locked_out(client, reader):
    fail(client, "/login/", 5, REMOTE_ADDR="198.51.100.1")
    assert attempt(client, "/login/", PASSWORD, REMOTE_ADDR="198.51.100.1").status_code == 429

    response = attempt(client, "/login/", PASSWORD, REMOTE_ADDR="198.51.100.2")
    assert response.status_code == 302
    assert logged_in(client)


def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_escape(client, reader):
    for n in range(5):
        attempt(client, "/login/", "wrong-password", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    response = attempt(client, "/login/", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99")
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"127.0.0.1"}


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_forwarded_client_is_counted(client, reader):
    # nginx appends the address it saw; anything the visitor sent stays on the left.
    visitor = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "10.9.9.9, 203.0.113.7"}
    fail(client, "/login/", 5, **visitor)
    assert attempt(client, "/login/", PASSWORD, **visitor).status_code == 429
    assert list(AccessAttempt.objects.values_list("ip_address", flat=True)) == ["203.0.113.7"]

    neighbour = {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.8"}
    assert attempt(client, "/login/", PASSWORD, **neighbour).status_code == 302


@pytest.mark.parametrize(
    "command", [("axes_reset_username", "reader"), ("axes_reset_ip", "127.0.0.1"), ("axes_reset",)]
)
def test_an_operator_unlocks_with_a_management_command(client, reader, command):
    fail(client, "/admin/login/", 5)
    assert attempt(client, "/admin/login/", PASSWORD).status_code == 429

    call_command(*command, stdout=io.StringIO())

    assert attempt(client, "/admin/login/", PASSWORD).status_code == 302
    assert logged_in(client)


def test_login_page_in_the_sites_design_refuses_a_wrong_password(client, reader):
    page = client.get("/login/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'class="skip-link"' in html and "<h1" in html and 'name="password"' in html

    wrong = attempt(client, "/login/", "wrong-password")
    assert wrong.status_code == 200
    assert "Please enter a correct username and password" in wrong.content.decode()


def test_private_page_sends_visitors_to_the_sites_login_and_back(client, home_page, reader):
    page = StandardPageFactory(parent=home_page, slug="members", title="Members only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    response = client.get("/members/")
    assert response.status_code == 302
    assert response["Location"] == "/login/?next=/members/"

    back = client.post("/login/", {"username": "reader", "password": PASSWORD, "next": "/members/"})
    assert back.status_code == 302 and back["Location"] == "/members/"
    assert "Members only" in client.get("/members/").content.decode()


def test_logout_logs_out(client, reader):
    client.force_login(reader)
    response = client.post("/logout/")
    assert response.status_code == 200
    assert "You are logged out" in response.content.decode()
    assert not logged_in(client)


def test_axes_is_enabled_in_the_test_settings():
    from django.conf import settings

    assert settings.AXES_ENABLED
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert settings.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
