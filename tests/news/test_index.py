import datetime
import re

import pytest
from django.utils import timezone

from news.views import ARTICLES_PER_PAGE
from tests.factories import ImageFactory, StandardPageFactory

from .factories import ArticlePageFactory, ChannelFactory, SourceFactory

pytestmark = pytest.mark.django_db

CST = timezone.get_fixed_timezone(8 * 60)


def titles(response):
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode())


def at(year, month, day, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=CST)


@pytest.fixture
def archive(news_index):
    """Articles over two years, two sources, two channels, a summit and some tags."""
    summit = StandardPageFactory(
        parent=news_index.get_parent(), title="Synthetic Summit", slug="2023"
    )
    daily = SourceFactory(name="Synthetic Daily", slug="daily")
    weekly = SourceFactory(name="Synthetic Weekly", slug="weekly")
    channel = ChannelFactory(name="Synthetic Channel", slug="channel")
    make = ArticlePageFactory
    make(
        parent=news_index,
        title="Nov 2023 daily wuzhen",
        published_at=at(2023, 11, 11),
        source=daily,
        channel=channel,
        tags=["Wuzhen"],
        related_summit=summit,
    )
    make(
        parent=news_index,
        title="Nov 2023 weekly wuzhen",
        published_at=at(2023, 11, 9),
        source=weekly,
        tags=["Wuzhen", "Summit"],
        related_summit=summit,
    )
    make(
        parent=news_index,
        title="Oct 2023 daily",
        published_at=at(2023, 10, 2),
        source=daily,
        tags=["Summit"],
    )
    make(
        parent=news_index,
        title="Nov 2022 daily wuzhen",
        published_at=at(2022, 11, 10),
        source=daily,
        tags=["Wuzhen"],
    )
    # Local midnight of 1 December 2023 in China is still November in UTC: it belongs to December.
    make(parent=news_index, title="Dec 2023 first minute", published_at=at(2023, 12, 1, hour=0))
    make(
        parent=news_index,
        title="Draft story",
        published_at=at(2023, 11, 12),
        live=False,
        tags=["Wuzhen"],
    )
    return news_index


def test_index_lists_newest_first_and_hides_drafts(client, archive):
    assert titles(client.get("/news/")) == [
        "Dec 2023 first minute",
        "Nov 2023 daily wuzhen",
        "Nov 2023 weekly wuzhen",
        "Oct 2023 daily",
        "Nov 2022 daily wuzhen",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/news/tag/wuzhen/",
            ["Nov 2023 daily wuzhen", "Nov 2023 weekly wuzhen", "Nov 2022 daily wuzhen"],
        ),
        (
            "/news/2023/",
            [
                "Dec 2023 first minute",
                "Nov 2023 daily wuzhen",
                "Nov 2023 weekly wuzhen",
                "Oct 2023 daily",
            ],
        ),
        ("/news/2023/11/", ["Nov 2023 daily wuzhen", "Nov 2023 weekly wuzhen"]),
        ("/news/2023/12/", ["Dec 2023 first minute"]),
        (
            "/news/source/daily/",
            ["Nov 2023 daily wuzhen", "Oct 2023 daily", "Nov 2022 daily wuzhen"],
        ),
        ("/news/channel/channel/", ["Nov 2023 daily wuzhen"]),
        ("/news/summit/2023/", ["Nov 2023 daily wuzhen", "Nov 2023 weekly wuzhen"]),
        ("/news/?summit=2023", ["Nov 2023 daily wuzhen", "Nov 2023 weekly wuzhen"]),
        # Combined: a route and query parameters, or query parameters alone.
        ("/news/tag/wuzhen/?year=2023", ["Nov 2023 daily wuzhen", "Nov 2023 weekly wuzhen"]),
        ("/news/tag/wuzhen/?source=daily", ["Nov 2023 daily wuzhen", "Nov 2022 daily wuzhen"]),
        ("/news/2023/11/?source=weekly&tag=summit", ["Nov 2023 weekly wuzhen"]),
        ("/news/?tag=summit&year=2023&month=10&source=daily", ["Oct 2023 daily"]),
        ("/news/?tag=wuzhen&source=daily&channel=channel&summit=2023", ["Nov 2023 daily wuzhen"]),
    ],
)
def test_filters_and_routes_combine(client, archive, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert titles(response) == expected


def test_filtered_listing_says_what_it_shows_and_how_to_clear_it(client, archive):
    html = client.get("/news/tag/wuzhen/?source=daily").content.decode()
    assert "Tagged “Wuzhen”; From Synthetic Daily" in html
    assert '<a href="/news/?source=daily">Remove' in html  # removing the tag keeps the source
    assert "2 articles" in html
    head = html.split("</head>")[0]
    assert 'href="http://testserver/news/tag/wuzhen/feed/rss/"' in head


def test_empty_filter_shows_an_empty_state(client, archive):
    response = client.get("/news/2019/")
    assert response.status_code == 200
    assert "No articles match these filters yet." in response.content.decode()
    assert titles(response) == []


@pytest.mark.parametrize(
    "url",
    [
        "/news/2023/13/",
        "/news/2023/0/",
        "/news/0000/",
        "/news/tag/no-such-tag/",
        "/news/source/nobody/",
        "/news/channel/nowhere/",
        "/news/summit/1999/",
        "/news/tag/%00/",
        "/news/tag/no-such-tag/?year=abc",
    ],
)
def test_a_route_naming_what_does_not_exist_is_a_404(client, news_index, url):
    ArticlePageFactory(parent=news_index, tags=["Wuzhen"], published_at=at(2023, 11, 11))
    assert client.get(url).status_code == 404


@pytest.mark.parametrize(
    ("url", "value"),
    [
        ("/news/?page=abc", "abc"),
        ("/news/?page=0", "0"),
        ("/news/?page=99", "99"),
        ("/news/?page=-1", "-1"),
        ("/news/?page=1.5", "1.5"),
        ("/news/tag/wuzhen/?page=5", "5"),
    ],
)
def test_an_impossible_page_is_a_404_with_a_link_back(client, news_index, url, value):
    ArticlePageFactory(parent=news_index, tags=["Wuzhen"], published_at=at(2023, 11, 11))
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 404
    assert "There is no such page in this listing" in html
    back = url.split("?")[0]
    assert f'<a href="{back}">Go to the first page of the listing</a>' in html
    assert "It has 1 page." in html


@pytest.mark.parametrize(
    ("url", "param", "shown", "message"),
    [
        ("/news/?year=abc", "Year", "abc", "The year must be a number such as 2023."),
        ("/news/?year=1.5", "Year", "1.5", "The year must be a number such as 2023."),
        (
            "/news/?year=99999999999999999999999",
            "Year",
            "99999999999999999999999",
            "The archive ends in 2100.",
        ),
        ("/news/?year=1066", "Year", "1066", "The archive starts in 1990."),
        ("/news/?year=2023&month=abc", "Month", "abc", "The month must be a number from 1 to 12."),
        ("/news/?year=2023&month=13", "Month", "13", "The month must be a number from 1 to 12."),
        ("/news/?month=11", "Month", "11", "A month needs a year."),
        ("/news/?tag=%00", "Tag", "\\x00", "There is no such tag."),
        ("/news/?tag=no-such-tag", "Tag", "no-such-tag", "There is no such tag."),
        ("/news/?source=a%00b", "Source", "a\\x00b", "There is no such source."),
        ("/news/?source=nobody", "Source", "nobody", "There is no such source."),
        ("/news/?channel=nowhere", "Channel", "nowhere", "There is no such channel."),
        ("/news/?summit=" + "x" * 300, "Summit", "x" * 59 + "…", "There is no such summit."),
        ("/news/?summit=1999", "Summit", "1999", "There is no such summit."),
        ("/news/?about=abc", "About", "abc", "There is no such page."),
        ("/news/?about=999999", "About", "999999", "There is no such page."),
        ("/news/?about=-1", "About", "-1", "There is no such page."),
        # A well-formed route with a bad query-string value: the value is named.
        ("/news/tag/wuzhen/?source=nobody", "Source", "nobody", "There is no such source."),
        ("/news/2023/?month=x", "Month", "x", "The month must be a number from 1 to 12."),
    ],
)
def test_a_bad_filter_value_is_a_400_naming_it(client, news_index, url, param, shown, message):
    ArticlePageFactory(parent=news_index, tags=["Wuzhen"], published_at=at(2023, 11, 11))
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 400
    assert "This listing cannot be filtered that way" in html
    assert f"<li><strong>{param}</strong> “<code>{shown}</code>”: {message}</li>" in html
    assert '<a href="/news/">Show the whole listing, unfiltered</a>' in html
    assert '<meta name="robots" content="noindex">' in html


def test_every_bad_filter_value_is_named_at_once(client, news_index):
    html = client.get("/news/?tag=nope&year=20x3&channel=none").content.decode()
    assert "<strong>Tag</strong> “<code>nope</code>”" in html
    assert "<strong>Year</strong> “<code>20x3</code>”" in html
    assert "<strong>Channel</strong> “<code>none</code>”" in html


def test_empty_and_unknown_parameters_are_no_filter(client, archive):
    response = client.get("/news/?tag=&year=&month=&source=&utm_source=mail")
    assert response.status_code == 200
    assert len(titles(response)) == 5


def test_pagination_keeps_filters_and_pages_through(client, news_index):
    ArticlePageFactory.create_batch(ARTICLES_PER_PAGE + 3, parent=news_index, tags=["Wuzhen"])
    ArticlePageFactory(parent=news_index, title="Untagged", tags=[])

    first = client.get("/news/tag/wuzhen/")
    second = client.get("/news/tag/wuzhen/?page=2")

    assert len(titles(first)) == ARTICLES_PER_PAGE
    assert len(titles(second)) == 3
    assert not set(titles(first)) & set(titles(second))
    assert "Untagged" not in titles(first) + titles(second)
    assert 'href="?page=2" rel="next"' in first.content.decode()
    assert "Page 2 of 2" in second.content.decode()
    assert (
        '<link rel="canonical" href="http://testserver/news/tag/wuzhen/?page=2">'
        in second.content.decode()
    )


def test_index_declares_feeds_and_lists_filter_choices(client, archive):
    html = client.get("/news/").content.decode()
    head = html.split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="News (RSS)" href="http://testserver/news/feed/rss/">'
        in head
    )
    assert 'type="application/atom+xml"' in head
    assert '<option value="wuzhen">Wuzhen (3)</option>' in html  # drafts are not counted
    assert '<option value="daily">Synthetic Daily</option>' in html
    assert 'href="/news/2023/11/">November 2023</a>' in html
    assert 'href="/news/2022/11/">November 2022</a>' in html


def test_news_index_is_a_singleton_under_home(home_page):
    from news.models import ArticlePage, NewsIndexPage
    from portal.models import HomePage

    assert NewsIndexPage.max_count == 1
    assert NewsIndexPage.parent_page_types == ["portal.HomePage"]
    assert ArticlePage.parent_page_types == ["news.NewsIndexPage"]
    assert ArticlePage.can_create_at(HomePage()) is False


def test_first_card_image_loads_at_once_and_the_others_lazily(client, news_index):
    """The first card's picture is the largest paint of the listing: lazy loading it
    would hold the paint back until layout (Lighthouse's "lcp-lazy-loaded")."""
    for day in (1, 2, 3):
        ArticlePageFactory(
            parent=news_index,
            title=f"Pictured {day}",
            published_at=at(2023, 11, day),
            lead_image=ImageFactory(alt_text="A synthetic picture"),
        )

    html = client.get(news_index.url).content.decode()

    images = re.findall(r'<img [^>]*class="card__image"[^>]*>', html)
    assert len(images) == 3
    assert 'loading="eager"' in images[0] and 'fetchpriority="high"' in images[0]
    assert all('loading="lazy"' in image and "fetchpriority" not in image for image in images[1:])
