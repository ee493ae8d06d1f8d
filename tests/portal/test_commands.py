import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site

pytestmark = pytest.mark.django_db


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_moves_the_site_to_the_port_make_run_serves(client):
    """`PORT=18751 make run` after a run on another port: the page's own links follow."""
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000"):
        load_demo()
    with override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:18751"):
        output = load_demo()

    assert "site address 127.0.0.1:18751" in output
    assert Site.objects.values_list("hostname", "port").get() == ("127.0.0.1", 18751)
    html = client.get("/about/", HTTP_HOST="127.0.0.1:18751").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:18751/about/">' in html
    assert "127.0.0.1:8000" not in html


def test_load_demo_twice_changes_nothing(client):
    load_demo()
    pages_after_first = Page.objects.count()
    revisions_after_first = sorted(Page.objects.values_list("pk", "latest_revision_id"))

    output = load_demo()

    assert Page.objects.count() == pages_after_first
    assert sorted(Page.objects.values_list("pk", "latest_revision_id")) == revisions_after_first
    assert "nothing changed" in output
    assert Site.objects.filter(is_default_site=True).count() == 1
    assert client.get("/", HTTP_HOST=Site.objects.get().hostname).status_code == 200
    assert client.get("/about/", HTTP_HOST=Site.objects.get().hostname).status_code == 200


def test_ensure_superuser_generates_and_prints_a_password_once(monkeypatch):
    monkeypatch.delenv("DJANGO_SUPERUSER_PASSWORD", raising=False)
    monkeypatch.delenv("DJANGO_SUPERUSER_USERNAME", raising=False)
    out = io.StringIO()
    call_command("ensure_superuser", stdout=out)
    printed = out.getvalue()
    password = printed.split("shown only this once): ")[1].split()[0]
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser
    assert user.check_password(password)
    assert password not in {"admin", "password", "changeme"}

    again = io.StringIO()
    call_command("ensure_superuser", stdout=again)
    assert "already exists" in again.getvalue()
    assert password not in again.getvalue()


def test_ensure_superuser_uses_environment(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_USERNAME", "chief")
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", "a-long-chosen-passphrase")
    out = io.StringIO()
    call_command("ensure_superuser", stdout=out)
    assert get_user_model().objects.get(username="chief").check_password("a-long-chosen-passphrase")
    assert "a-long-chosen-passphrase" not in out.getvalue()
