"""`manage.py generate_bulk`: synthetic data that a visitor can tell apart, made again the same
from the same seed, and removed exactly by --delete."""

import io

import pytest
from django.core.management import CommandError, call_command
from taggit.models import Tag
from wagtail.models import Page, ReferenceIndex, Site

from awards.models import Recognition
from news.models import ArticlePage
from portal.models import CustomImage, Person
from tests.awards.factories import AwardsIndexPageFactory
from tests.events.factories import SummitIndexPageFactory
from tests.factories import HomePageFactory, PersonFactory
from tests.news.factories import NewsIndexPageFactory, full_article

pytestmark = pytest.mark.django_db

SMALL = [
    "--articles=30",
    "--recognitions=40",
    "--people=12",
    "--tags=5",
    "--images=2",
    "--editions=3",
    "--no-progress",
]


@pytest.fixture
def site():
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="bulk-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    news = NewsIndexPageFactory(parent=home)
    SummitIndexPageFactory(parent=home)
    AwardsIndexPageFactory(parent=home)
    real = full_article(news, title="A real article")
    PersonFactory(name="A real reporter")
    return news, real


def generate(*extra):
    call_command("generate_bulk", *SMALL, *extra, stdout=io.StringIO(), stderr=io.StringIO())


def counts():
    return {
        "pages": Page.objects.count(),
        "people": Person.objects.count(),
        "tags": Tag.objects.count(),
        "images": CustomImage.objects.count(),
        "recognitions": Recognition.objects.count(),
        "references": ReferenceIndex.objects.count(),
    }


def test_the_archive_lists_synthetic_articles_that_say_so(client, site):
    generate()
    articles = ArticlePage.objects.exclude(title="A real article")
    assert articles.count() == 30
    assert all(a.title.startswith("Synthetic article ") for a in articles)
    assert Recognition.objects.count() == 40
    assert Page.find_problems() == ([], [], [], [], [])  # a consistent tree: paths, numchild
    page = client.get("/news/")
    assert page.status_code == 200
    assert "Synthetic article 000030" in page.content.decode()
    article = client.get(articles.get(slug="bulk-000007").url)
    assert article.status_code == 200
    assert "Synthetic benchmark text." in article.content.decode()
    assert client.get("/awards/bulk-awards/").status_code == 200


def test_search_finds_the_rare_word_in_its_one_article(client, site):
    generate()
    page = client.get("/search/", {"q": "heliotrope"}).content.decode()
    assert "Synthetic article 000007" in page
    assert "Synthetic article 000008" not in page


def test_the_same_seed_makes_the_same_data(site):
    generate("--seed=7")
    first = list(ArticlePage.objects.filter(slug__startswith="bulk-").values_list("title", "body"))
    call_command(
        "generate_bulk", "--delete", "--no-progress", stdout=io.StringIO(), stderr=io.StringIO()
    )
    generate("--seed=7")
    again = list(ArticlePage.objects.filter(slug__startswith="bulk-").values_list("title", "body"))
    assert [t for t, _ in again] == [t for t, _ in first]


def test_delete_removes_exactly_what_it_made(client, site):
    news, real = site
    before = counts()
    generate()
    assert counts()["pages"] == before["pages"] + 30 + 3 + 1 + 3  # articles, editions, programme
    call_command(
        "generate_bulk", "--delete", "--no-progress", stdout=io.StringIO(), stderr=io.StringIO()
    )
    assert counts() == before
    assert Page.find_problems() == ([], [], [], [], [])
    assert client.get(real.url).status_code == 200
    assert Person.objects.filter(name="A real reporter").exists()


def test_a_second_run_is_refused_until_the_first_is_deleted(site):
    generate()
    with pytest.raises(CommandError, match="--delete"):
        generate()


def test_without_the_site_sections_it_says_to_load_the_demo_first():
    with pytest.raises(CommandError, match="load_demo"):
        generate()
