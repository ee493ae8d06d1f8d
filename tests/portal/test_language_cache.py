"""The page cache and languages: the address alone names the language, so an English copy is
never served for a Chinese address (or the reverse), and the browser's language neither
changes an English page nor splits its cache."""

import pytest
from django.test import override_settings

from portal.models import SiteBranding
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on():
    with override_settings(PAGE_CACHE_SECONDS=300):
        yield


@pytest.fixture
def about(site, home_page, translate):
    SiteBranding.for_site(site)  # created on first use; its creation invalidates the cache
    english = StandardPageFactory(parent=home_page, slug="about", title="About the summit")
    translate(english, title="关于大会")
    return english


def test_each_language_has_its_own_cached_copy(client, about):
    assert client.get("/about/")["X-Page-Cache"] == "miss"
    chinese = client.get("/zh-hans/about/")
    assert chinese["X-Page-Cache"] == "miss"
    assert "关于大会" in chinese.content.decode()

    english = client.get("/about/")
    chinese = client.get("/zh-hans/about/")
    assert (english["X-Page-Cache"], chinese["X-Page-Cache"]) == ("hit", "hit")
    assert "About the summit" in english.content.decode()
    assert "关于大会" not in english.content.decode()
    assert "关于大会" in chinese.content.decode()
    assert english["Content-Language"] == "en"
    assert chinese["Content-Language"] == "zh-hans"


def test_browser_language_does_not_change_or_split_an_english_page(client, about):
    first = client.get("/about/", HTTP_ACCEPT_LANGUAGE="zh-CN,zh;q=0.9")
    assert "About the summit" in first.content.decode()
    assert "Accept-Language" not in first.get("Vary", "")
    second = client.get("/about/", HTTP_ACCEPT_LANGUAGE="fr")
    assert second["X-Page-Cache"] == "hit"
    client.cookies["django_language"] = "zh-hans"
    assert "About the summit" in client.get("/about/").content.decode()


def test_chinese_search_is_never_cached(client, about):
    client.get("/zh-hans/search/?q=wuzhen")
    assert "X-Page-Cache" not in client.get("/zh-hans/search/?q=wuzhen")
