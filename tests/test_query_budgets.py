"""Query budgets of every public route, the same whatever the number of items.

What is measured: an anonymous visitor's GET with the page cache off (tests run with
PAGE_CACHE_SECONDS=0), the second of two requests after the cache was emptied. The project
keeps what is the same for every visitor (site settings, the main menu, the restricted
paths, a page's related content and facets) once per change (portal/per_change.py), so the
first request after a change computes them and the next ones read them: the budget is on
the second. The first (cold) one is measured too, and must not grow with the items either.

The site is built once for the module (`ITEM_COUNTS` items of each kind: articles,
recognitions, live updates, agenda sessions, speakers, parts), measured, grown to the next
count and measured again, in a transaction rolled back at the end.
"""

import datetime
import re

import pytest
from django.core.cache import caches
from django.db import connection, transaction
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.cache_helpers import empty

pytestmark = pytest.mark.django_db

# The budgets (issue 16), the language alternates (hreflang, the switcher) included.
PAGE_BUDGET = 12
ARTICLE_BUDGET = 10
ITEM_COUNTS = (10, 60)
# Not met yet (issue 16 stays open for them): today's counts, so that they cannot grow.
# The site search (portal/search/) spends five queries of its own (the backend's match for
# pages and for honourees, the search promotions, the daily hits it reads and writes); with
# Wagtail's i18n every served page also looks up the active Locale (Wagtail's routing) and
# reads the page's translations (hreflang, the switcher), which takes the article and the
# pages that were at 11 one or two over; the sitemap index reads the home's alternates once
# per section.
# On PostgreSQL the ranked search (portal/search/ranking.py) spends four more: its
# planner setting and the bounded re-ranking; there the count also falls when the best
# matches are enough to fill the page (fewer fallback queries at 60 items than at 10).
ON_POSTGRES = connection.vendor == "postgresql"
SEARCH_BUDGET = 23 if ON_POSTGRES else 19
CHINESE_SEARCH_BUDGET = 18 if ON_POSTGRES else 15
ARTICLE_OVER_BUDGET = 12
PAGE_OVER_BUDGET = 13

BASE_TIME = datetime.datetime(2023, 11, 20, 10, 0, tzinfo=datetime.UTC)


def _build_site():
    """The pages of every type, each kind of item at zero."""
    from wagtail.models import Page, Site

    from tests.awards.factories import (
        AwardCategoryFactory,
        AwardEditionPageFactory,
        AwardProgramPageFactory,
        AwardsIndexPageFactory,
    )
    from tests.events.factories import (
        KeyFigureFactory,
        SubForumFactory,
        SummitIndexPageFactory,
        SummitPageFactory,
    )
    from tests.factories import (
        HomePageFactory,
        ImageFactory,
        OrganizationFactory,
        PersonFactory,
        StandardPageFactory,
    )
    from tests.live.factories import LiveCoveragePageFactory
    from tests.news.factories import (
        ChannelFactory,
        NewsIndexPageFactory,
        SourceFactory,
        full_article,
    )

    Site.objects.all().delete()
    Page.objects.filter(depth=2).delete()
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Synthetic Home", slug="home")
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    summits = SummitIndexPageFactory(parent=home, show_in_menus=True)
    edition = SummitPageFactory(parent=summits, year=2030, lead_image=ImageFactory())
    KeyFigureFactory(page=edition, metric="guests", number=1800, qualifier="more_than")
    forum = SubForumFactory(parent=edition, title="Synthetic Forum on AI")
    news = NewsIndexPageFactory(parent=home, show_in_menus=True)
    image = ImageFactory(alt_text="A synthetic picture")
    source = SourceFactory(name="Synthetic Daily", native_name="合成日报", slug="synthetic-daily")
    channel = ChannelFactory(name="Synthetic Channel", slug="synthetic-channel")
    article = full_article(
        news,
        title="Synthetic recap of the summit",
        related_summit=edition,
        tags=["Wuzhen", "峰会"],
        source=source,
        channel=channel,
        lead_image=image,
    )
    awards = AwardsIndexPageFactory(parent=home, show_in_menus=True)
    programme = AwardProgramPageFactory(parent=awards, title="Synthetic Prize", slug="prize")
    award_edition = AwardEditionPageFactory(
        parent=programme, year=2030, summit=edition, lead_image=image
    )
    live = LiveCoveragePageFactory(parent=edition, slug="closing-day-live")
    standard = StandardPageFactory(parent=home, title="About", slug="about", show_in_menus=True)
    return {
        "counts": 0,
        "home": home,
        "edition": edition,
        "forum": forum,
        "news": news,
        "article": article,
        "image": image,
        "source": source,
        "channel": channel,
        "people": [PersonFactory(name=f"Synthetic Speaker {n}") for n in range(3)],
        "organization": OrganizationFactory(name="Synthetic Organiser"),
        "programme": programme,
        "award_edition": award_edition,
        "category": AwardCategoryFactory(programme=programme, name="Synthetic Category"),
        "live": live,
        "standard": standard,
    }


def _grow(site, count):
    """Bring every kind of item up to `count`."""
    from events.models import PartOrganiser, PartSpeaker
    from tests.awards.factories import HonoureeFactory, RecognitionFactory
    from tests.events.factories import AgendaSessionFactory, EventPageFactory
    from tests.factories import PersonFactory
    from tests.live.factories import LiveUpdateFactory
    from tests.news.factories import ArticleAuthorFactory, ArticlePageFactory

    edition, forum = site["edition"], site["forum"]
    for n in range(site["counts"], count):
        article = ArticlePageFactory(
            parent=site["news"],
            title=f"Synthetic article {n} 合成新闻",
            # Half in the archive's month, half in the news sitemap's last two days.
            published_at=(BASE_TIME if n % 2 else timezone.now()) - datetime.timedelta(hours=n),
            tags=["Wuzhen", "Summit"],
            source=site["source"],
            channel=site["channel"],
            lead_image=site["image"],
            related_summit=edition,
        )
        ArticleAuthorFactory(article=article, person=site["people"][n % 3], sort_order=0)
        honouree = HonoureeFactory(person=PersonFactory(name=f"Synthetic Honouree {n}"))
        RecognitionFactory(
            edition=site["award_edition"], category=site["category"], honourees=[honouree]
        )
        LiveUpdateFactory(page=site["live"])
        session = AgendaSessionFactory(
            page=forum,
            start=edition.start + datetime.timedelta(minutes=10 * n),
            end=edition.start + datetime.timedelta(minutes=10 * n + 5),
            title=f"Synthetic session {n}",
        )
        session.speakers.set([site["people"][n % 3]])
        PartSpeaker.objects.create(page=forum, person=site["people"][n % 3], sort_order=n)
        PartOrganiser.objects.create(page=forum, organization=site["organization"], sort_order=n)
        EventPageFactory(parent=edition, title=f"Synthetic expo {n}")
    forum.save_revision().publish()
    site["counts"] = count


def _routes(site):
    from awards.models import Honouree

    news = site["news"].url
    edition = site["edition"].url
    forum = site["forum"].url
    awards = site["programme"].get_parent().url
    live = site["live"].url
    honouree = Honouree.objects.order_by("pk").first()
    return {
        "home": ("/", PAGE_BUDGET),
        "news index": (news, PAGE_BUDGET),
        "article": (site["article"].url, ARTICLE_OVER_BUDGET),
        "tag": (f"{news}tag/wuzhen/", PAGE_BUDGET),
        "year archive": (f"{news}2023/", PAGE_BUDGET),
        "month archive": (f"{news}2023/11/", PAGE_BUDGET),
        "source": (f"{news}source/synthetic-daily/", PAGE_BUDGET),
        "summit filter": (f"{news}summit/2030/", PAGE_BUDGET),
        "rss": (f"{news}feed/rss/", PAGE_BUDGET),
        "atom": (f"{news}feed/atom/", PAGE_BUDGET),
        "tag rss": (f"{news}tag/wuzhen/feed/rss/", PAGE_BUDGET),
        "tag atom": (f"{news}tag/wuzhen/feed/atom/", PAGE_BUDGET),
        "summit rss": (f"{news}summit/2030/feed/rss/", PAGE_BUDGET),
        "summit atom": (f"{news}summit/2030/feed/atom/", PAGE_BUDGET),
        "edition calendar": (f"{edition}calendar.ics", PAGE_BUDGET),
        "event calendar": (f"{forum}calendar.ics", PAGE_BUDGET),
        "sitemap index": ("/sitemap.xml", PAGE_OVER_BUDGET),
        "sitemap pages": ("/sitemap-pages.xml", PAGE_BUDGET),
        "sitemap news": ("/sitemap-news.xml", PAGE_BUDGET),
        "summit index": (site["edition"].get_parent().url, PAGE_BUDGET),
        "edition": (edition, PAGE_BUDGET),
        "sub-forum": (forum, PAGE_BUDGET),
        "awards index": (awards, PAGE_BUDGET),
        "award programme": (site["programme"].url, PAGE_BUDGET),
        "award edition": (site["award_edition"].url, PAGE_OVER_BUDGET),
        "honouree": (f"{awards}honourees/{honouree.slug}/", PAGE_BUDGET),
        "recognitions": (f"{awards}recognitions/", PAGE_BUDGET),
        "search": ("/search/?q=synthetic", SEARCH_BUDGET),
        "search chinese": ("/search/?q=合成", CHINESE_SEARCH_BUDGET),
        "api pages": ("/api/v2/pages/", PAGE_BUDGET),
        "api recognitions": ("/api/v2/recognitions/", PAGE_BUDGET),
        "live coverage": (live, PAGE_OVER_BUDGET),
        "live updates": (f"{live}updates/", PAGE_BUDGET),
        "standard page": (site["standard"].url, PAGE_BUDGET),
    }


def _get(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response, len(captured)


def _measure(client, routes):
    """{route: (cold, warm)} query counts."""
    for url, _budget in routes.values():
        _get(client, url)  # renditions made, search hits recorded, content types known
    counts = {}
    for name, (url, _budget) in routes.items():
        empty(caches["default"])
        empty(caches["shared"])
        _response, cold = _get(client, url)
        _response, warm = _get(client, url)
        counts[name] = (cold, warm)
    return counts


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker, tmp_path_factory):
    """{item count: {route: (cold, warm)}} and the routes' budgets."""
    media = tmp_path_factory.mktemp("media")
    overrides = override_settings(
        MEDIA_ROOT=str(media), RATELIMIT_ENABLE=False, API_THROTTLE_RATE="100000/minute"
    )
    with django_db_blocker.unblock(), overrides, transaction.atomic():
        site = _build_site()
        client = Client()
        counts = {}
        for count in ITEM_COUNTS:
            _grow(site, count)
            routes = _routes(site)
            counts[count] = _measure(client, routes)
        yield {"counts": counts, "budgets": {name: b for name, (_u, b) in routes.items()}}
        transaction.set_rollback(True)


ROUTES = [
    "home",
    "news index",
    "article",
    "tag",
    "year archive",
    "month archive",
    "source",
    "summit filter",
    "rss",
    "atom",
    "tag rss",
    "tag atom",
    "summit rss",
    "summit atom",
    "edition calendar",
    "event calendar",
    "sitemap index",
    "sitemap pages",
    "sitemap news",
    "summit index",
    "edition",
    "sub-forum",
    "awards index",
    "award programme",
    "award edition",
    "honouree",
    "recognitions",
    "search",
    "search chinese",
    "api pages",
    "api recognitions",
    "live coverage",
    "live updates",
    "standard page",
]


def _table(measured):
    rows = [f"{'route':18} " + " ".join(f"{n:>9}" for n in ITEM_COUNTS)]
    for name in ROUTES:
        cells = ["{}/{}".format(*measured["counts"][n].get(name, ("-", "-"))) for n in ITEM_COUNTS]
        rows.append(f"{name:18} " + " ".join(f"{c:>9}" for c in cells))
    return "cold/warm queries\n" + "\n".join(rows)


@pytest.mark.parametrize("route", ROUTES)
def test_route_stays_within_its_budget(measured, route):
    budget = measured["budgets"][route]
    for count in ITEM_COUNTS:
        _cold, warm = measured["counts"][count][route]
        assert warm <= budget, f"{route}: {warm} queries at {count} items\n{_table(measured)}"


@pytest.mark.parametrize("route", ROUTES)
def test_route_costs_the_same_at_every_item_count(measured, route):
    small, large = (measured["counts"][count][route] for count in (ITEM_COUNTS[0], ITEM_COUNTS[-1]))
    if ON_POSTGRES and route.startswith("search"):
        # Never more at 60 items than at 10 (see SEARCH_BUDGET).
        assert large <= small, f"{route}: {small} then {large}\n{_table(measured)}"
        return
    assert small == large, f"{route}: {small} then {large}\n{_table(measured)}"


def test_every_route_is_measured(measured, client):
    assert set(ROUTES) == set(measured["budgets"])
    # Every section of the sitemap index (the built site is gone: the sections' names).
    from portal import sitemaps

    sections = set(sitemaps.sections(None))
    assert {f"sitemap {name}" for name in sections} <= set(ROUTES), sections
    assert all(re.match(r"^[a-z -]+$", name) for name in ROUTES)
