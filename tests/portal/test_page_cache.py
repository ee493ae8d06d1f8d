import pytest
from django.test import override_settings

from portal.models import SiteBranding
from tests.factories import StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


def test_anonymous_page_is_served_from_cache_without_queries(
    client, site, home_page, django_assert_num_queries
):
    SiteBranding.for_site(site)  # created on first use; its creation invalidates the cache
    StandardPageFactory(parent=home_page, slug="about", title="About")
    first = client.get("/about/")
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        second = client.get("/about/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


def test_publish_invalidates_the_page_and_its_parent(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="about", title="About", show_in_menus=True)
    client.get("/about/")
    client.get("/")

    page.title = "About the portal"
    page.save_revision().publish()

    assert "About the portal" in client.get("/about/").content.decode()
    assert "About the portal" in client.get("/").content.decode()  # the menu of the home page


def test_unpublish_and_delete_invalidate(client, home_page):
    page = StandardPageFactory(parent=home_page, slug="about", title="About")
    assert client.get("/about/").status_code == 200
    page.unpublish()
    assert client.get("/about/").status_code == 404

    other = StandardPageFactory(parent=home_page, slug="other", title="Other")
    assert client.get("/other/").status_code == 200
    other.delete()
    assert client.get("/other/").status_code == 404


def test_query_string_is_part_of_the_key(client, site, home_page):
    SiteBranding.for_site(site)
    StandardPageFactory(parent=home_page, slug="about", title="About Wuzhen")
    assert client.get("/about/?page=1")["X-Page-Cache"] == "miss"
    assert client.get("/about/?page=2")["X-Page-Cache"] == "miss"
    assert client.get("/about/?page=1")["X-Page-Cache"] == "hit"


def test_search_results_are_never_cached(client, home_page):
    StandardPageFactory(parent=home_page, slug="about", title="About Wuzhen")
    client.get("/search/?q=Wuzhen")
    assert "X-Page-Cache" not in client.get("/search/?q=Wuzhen")


def test_logged_in_editor_is_never_served_a_cached_page(client, home_page, django_user_model):
    StandardPageFactory(parent=home_page, slug="about", title="About")
    client.get("/about/")  # cached for anonymous visitors
    user = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw-for-tests")
    client.force_login(user)
    response = client.get("/about/")
    assert "X-Page-Cache" not in response
    assert b"wagtail-userbar" in response.content


def test_response_setting_a_cookie_is_not_cached(rf):
    from django.http import HttpResponse

    from portal.page_cache import AnonymousPageCacheMiddleware

    def view(request):
        response = HttpResponse("token inside")
        response.set_cookie("csrftoken", "abc")
        return response

    middleware = AnonymousPageCacheMiddleware(view)
    assert "X-Page-Cache" not in middleware(rf.get("/form/"))
    assert "X-Page-Cache" not in middleware(rf.get("/form/"))
