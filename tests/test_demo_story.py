"""The demo tells one connected story across the apps: the edition, its awards, and the news
that recaps them link to each other, and the menu reads in a visitor's order."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Site

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(client):
    call_command("load_demo", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    client.defaults["HTTP_HOST"] = (
        site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    )
    return site


def test_menu_order_and_links_from_the_edition_to_the_awards(client, demo):
    html = client.get("/").content.decode()
    menu = html.split('class="main-menu"')[1].split("</nav>")[0]
    assert re.findall(r'href="(/[^"]*)"', menu) == ["/summits/", "/news/", "/awards/", "/about/"]

    edition = client.get("/summits/2023/").content.decode()
    assert 'href="/awards/leading-technology-award/"' in edition
    assert 'href="/awards/ten-year-commemorative-honour/"' in edition
    assert 'href="/awards/global-young-leaders-program/"' in edition


def test_the_recap_and_the_pages_it_reports_on_link_each_other(client, demo):
    from news.models import ArticlePage

    recap = ArticlePage.objects.get(title__startswith="Tenth Wuzhen Summit closes")
    assert recap.title in client.get("/summits/2023/").content.decode()
    assert recap.title in client.get("/awards/excellent-cases/2023/").content.decode()

    html = client.get(recap.url).content.decode()
    assert 'href="/summits/2023/"' in html
    assert "Zhejiang Daily" in html and "Wang Yuhong" in html and "Chen Zhouying" in html
