"""The updates endpoint that visitors' pages poll: JSON with an ETag, 304s for pollers that
have it, five seconds of shared caching, and a post that drops every cached copy."""

import pytest
from django.test import override_settings

from live.models import LiveUpdate
from portal.models import SiteBranding

from .factories import LiveUpdateFactory

pytestmark = pytest.mark.django_db


def endpoint(page):
    return page.url + "updates/"


def test_json_of_every_update_newest_first_with_cache_headers(client, coverage):
    older = LiveUpdateFactory(page=coverage, text="<p>The morning session opens.</p>")
    newer = LiveUpdateFactory(page=coverage, text="<p>The closing ceremony begins.</p>")
    response = client.get(endpoint(coverage))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["status"] == "live"
    assert [u["id"] for u in data["updates"]] == [newer.pk, older.pk]
    assert "The closing ceremony begins." in data["updates"][0]["html"]
    assert f'id="update-{newer.pk}"' in data["updates"][0]["html"]
    assert response["ETag"].startswith('"')
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=5"} <= cache_control


def test_a_poller_with_the_current_etag_gets_a_304(client, coverage, django_assert_max_num_queries):
    LiveUpdateFactory.create_batch(5, page=coverage)
    etag = client.get(endpoint(coverage))["ETag"]
    # A 304 renders nothing: Wagtail's route to the page (a query a level) and the stream's
    # fingerprint, one query on the updates.
    with django_assert_max_num_queries(12) as captured:
        response = client.get(endpoint(coverage), headers={"If-None-Match": etag})
    on_updates = [q["sql"] for q in captured.captured_queries if "live_liveupdate" in q["sql"]]
    assert len(on_updates) == 1 and "COUNT" in on_updates[0]
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert "max-age=5" in response["Cache-Control"]


def test_a_post_a_correction_and_a_deletion_each_change_the_etag(client, coverage):
    first = client.get(endpoint(coverage))["ETag"]
    update = LiveUpdateFactory(page=coverage, text="<p>Fourteen countries.</p>")
    after_post = client.get(endpoint(coverage), headers={"If-None-Match": first})
    assert after_post.status_code == 200
    assert [u["id"] for u in after_post.json()["updates"]] == [update.pk]

    update.text = "<p>Fourteen countries and regions.</p>"
    update.save()
    after_fix = client.get(endpoint(coverage), headers={"If-None-Match": after_post["ETag"]})
    assert after_fix.status_code == 200
    assert "and regions" in after_fix.json()["updates"][0]["html"]

    update.delete()
    after_delete = client.get(endpoint(coverage), headers={"If-None-Match": after_fix["ETag"]})
    assert after_delete.status_code == 200
    assert after_delete.json()["updates"] == []


@override_settings(PAGE_CACHE_SECONDS=300)
def test_the_page_cache_keeps_it_five_seconds_and_a_post_drops_it(client, site, coverage):
    SiteBranding.for_site(site)  # made on first use; its creation drops every page
    LiveUpdateFactory(page=coverage, text="<p>Doors open.</p>")
    first = client.get(endpoint(coverage))
    assert first["X-Page-Cache"] == "miss"
    assert "s-maxage=5" in first["Cache-Control"] and "max-age=5" in first["Cache-Control"]
    hit = client.get(endpoint(coverage))
    assert hit["X-Page-Cache"] == "hit"
    # The cached copy answers a poller that has it with a 304 too.
    not_modified = client.get(endpoint(coverage), headers={"If-None-Match": first["ETag"]})
    assert not_modified.status_code == 304
    page_hit = client.get(coverage.url)
    assert client.get(coverage.url)["X-Page-Cache"] == "hit" and page_hit.status_code == 200

    LiveUpdate.objects.create(page=coverage, posted_at=first_time(coverage), text="<p>Go.</p>")

    after = client.get(endpoint(coverage), headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200 and after["X-Page-Cache"] == "miss"
    assert len(after.json()["updates"]) == 2
    page_after = client.get(coverage.url)
    assert page_after["X-Page-Cache"] == "miss" and "<p>Go.</p>" in page_after.content.decode()


def first_time(page):
    return page.updates.order_by("posted_at").first().posted_at


def test_a_post_purges_the_http_cache_in_front(
    coverage, monkeypatch, django_capture_on_commit_callbacks
):
    purged = []
    monkeypatch.setattr("portal.frontend_purge.purge_urls_from_cache", purged.extend)
    varnish = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:6081",
        }
    }
    with (
        override_settings(WAGTAILFRONTENDCACHE=varnish),
        django_capture_on_commit_callbacks(execute=True),
    ):
        LiveUpdateFactory(page=coverage)
    assert any(url.endswith(f"/__cache_tag__/page:{coverage.pk}") for url in purged)
    assert any(url.endswith(f"/__cache_tag__/page:{coverage.get_parent().pk}") for url in purged)


def test_an_unknown_route_under_the_page_is_a_404(client, coverage):
    assert client.get(coverage.url + "updates/nothing/").status_code == 404


@override_settings(PAGE_CACHE_SECONDS=300)
def test_a_post_from_the_admin_form_drops_the_cached_endpoint(client, site, coverage):
    from django.test import Client
    from django.urls import reverse

    from live.forms import LiveUpdateForm
    from tests.factories import UserFactory

    SiteBranding.for_site(site)
    client.get(endpoint(coverage))
    assert client.get(endpoint(coverage))["X-Page-Cache"] == "hit"

    editor = Client()
    editor.force_login(UserFactory(username="synthetic-admin", is_superuser=True))
    text = LiveUpdateForm().fields["text"].widget.format_value("<p>Posted from the admin.</p>")
    response = editor.post(reverse("live_updates", args=[coverage.pk]), {"text": text})
    assert response.status_code == 302

    after = client.get(endpoint(coverage))
    assert after["X-Page-Cache"] == "miss"
    assert "Posted from the admin." in after.json()["updates"][0]["html"]
