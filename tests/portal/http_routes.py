"""Representative public routes of the demo site, one of each kind a visitor, a feed reader,
a calendar or a crawler asks for: the HTTP tests (self URLs, compression, conditional GET,
HEAD) run over all of them."""

import io

from django.core.management import call_command
from wagtail.models import Site


def load_demo():
    """The demo content (its Site on WAGTAILADMIN_BASE_URL, `testserver` in the tests)."""
    call_command("load_demo", stdout=io.StringIO())
    return Site.objects.get(is_default_site=True)


def demo_routes():
    """{name: path} of ~20 routes of the loaded demo."""
    from awards.models import AwardEditionPage, AwardProgramPage, AwardsIndexPage
    from events.models import EditionPartPage, SummitPage
    from news.models import ArticlePage, NewsIndexPage

    english = {"locale__language_code": "en"}  # each route once, in the default language
    news = NewsIndexPage.objects.live().filter(**english).first().url
    article = ArticlePage.objects.live().filter(**english).order_by("-published_at").first()
    tag = article.tags.first()
    edition = SummitPage.objects.live().get(year=2023, **english)
    part = EditionPartPage.objects.live().descendant_of(edition).specific().first()
    awards = AwardsIndexPage.objects.live().filter(**english).first()
    programme = AwardProgramPage.objects.live().filter(**english).first()
    award_edition = AwardEditionPage.objects.live().filter(**english).first()
    return {
        "home": "/",
        "news index": news,
        "article": article.url,
        "tag": f"{news}tag/{tag.slug}/",
        "archive": f"{news}{article.published_at:%Y}/",
        "rss": f"{news}feed/rss/",
        "atom": f"{news}feed/atom/",
        "sitemap": "/sitemap.xml",
        "pages sitemap": "/sitemap-pages.xml",
        "robots": "/robots.txt",
        "edition": edition.url,
        "part": part.url,
        "edition calendar": f"{edition.url}calendar.ics",
        "part calendar": f"{part.url}calendar.ics",
        "awards": awards.url,
        "recognitions": f"{awards.url}recognitions/",
        "programme": programme.url,
        "award edition": award_edition.url,
        "recognitions API": "/api/v2/recognitions/",
        "search": "/search/?q=summit",
    }
