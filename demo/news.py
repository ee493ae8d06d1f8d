"""Demo news: the recap of the 2023 Wuzhen Summit and three short pieces built from the same
facts (see /work/shared/SUMMIT-2023-FACTS.md), written in the project's own words.

The recap carries its real metadata: published 2023-11-11 02:52:32 China Standard Time,
dateline "Wuzhen, November 10", source Zhejiang Daily, reporter Wang Yuhong, editor Chen
Zhouying, republished in a national broadcaster's web "News Channel". The three explainers
are the portal's own, published the same morning. Links to the 2023 summit, its parts and
the award programmes are made only when the events and awards apps provide those pages.
Idempotent: an article that exists is left as it is, but for its tags, which are set
to the ones below."""

import datetime
from zoneinfo import ZoneInfo

from taggit.models import Tag
from wagtail.models import Locale

from awards.models import AwardEditionPage, AwardProgramPage
from demo.images import get_or_create_demo_image
from demo.news_texts import EXPLAINERS, RECAP_BODY
from demo.pages import get_or_create_child
from events.models import EventPage, SummitPage
from news.models import (
    ArticleAuthor,
    ArticlePage,
    ArticleRelatedPage,
    Channel,
    NewsIndexPage,
    Source,
)
from portal.models import Person

CST = ZoneInfo("Asia/Shanghai")
# One topic per tag, from the facts sheet (the original's tags split the conference's name
# into "World", "Internet", "Conference" and "Summit": a re-run replaces those).
TAGS = [
    "World Internet Conference",
    "Wuzhen",
    "artificial intelligence",
    "digital economy",
    "green transformation",
    "digital world",
]
SPLIT_NAME_TAGS = ["World", "Internet", "Conference", "Summit"]
ILLUSTRATION_CREDIT = "Illustration: Summit Portal demo"


def _illustration(caption):
    return get_or_create_demo_image(
        caption,
        alt_text="Illustration: arched stone bridges over a canal under a web of connected "
        f"dots, captioned '{caption}'",
        credit=ILLUSTRATION_CREDIT,
    )


def _find(model, **filters):
    """The first live English page of `model` matching `filters`, or None."""
    pages = model.objects.live().filter(locale=Locale.get_default(), **filters)
    return pages.order_by("path").first()


def _summit_2023():
    return _find(SummitPage, slug="2023") or _find(SummitPage, title__icontains="2023")


def _pages(*lookups):
    pages = []
    for model, filters in lookups:
        page = _find(model, **filters)
        if page is not None and page not in pages:
            pages.append(page)
    return pages


def _award_pages():
    pages = []
    for keyword in ("Leading Technology", "Ten-Year", "Young Leaders", "Excellent Cases"):
        programme = _find(AwardProgramPage, title__icontains=keyword)
        if programme is None:
            continue
        pages.append(programme)
        edition = (
            AwardEditionPage.objects.live()
            .child_of(programme)
            .filter(slug__contains="2023")
            .first()
        )
        if edition is not None:
            pages.append(edition)
    return pages


def _retag(context, article, tags):
    """Give an existing demo article these tags, in one published revision; nothing when it
    has them already, so that a second run changes nothing."""
    if sorted(tag.name for tag in article.tags.all()) == sorted(tags):
        return
    draft = article.get_latest_revision_as_object()
    draft.tags.set(tags)
    draft.save_revision().publish()
    context.created(f"tags of article “{article.title}”")


def _drop_unused_split_name_tags():
    """The old tags that no article uses any more, gone from the tag table too."""
    Tag.objects.filter(
        name__in=SPLIT_NAME_TAGS,
        news_articletag_items__isnull=True,
        taggit_taggeditem_items__isnull=True,  # images and documents use the same tags
    ).delete()


def _create_article(context, index, slug, *, tags, authors=(), related=(), **fields):
    existing = ArticlePage.objects.child_of(index).filter(slug=slug).first()
    if existing is not None:
        _retag(context, existing, tags)
        return None
    article = ArticlePage(
        slug=slug,
        authors=[ArticleAuthor(person=person, role=role) for person, role in authors],
        related_page_links=[ArticleRelatedPage(page=page) for page in related],
        **fields,
    )
    article.tags.add(*tags)
    index.add_child(instance=article)
    article.save_revision().publish()
    context.created(f"article “{article.title}”")
    return article


def load(context):
    index, created = get_or_create_child(
        context.home,
        NewsIndexPage,
        "news",
        title="News",
        show_in_menus=True,
        listing_summary="Recaps and reports from the World Internet Conference Wuzhen Summit.",
        intro="<p>Recaps and reports from the World Internet Conference's Wuzhen Summit, "
        "with their original sources credited.</p>",
    )
    if created:
        context.created("news index")

    # The English rows: a translation shares their slug or name.
    english = Locale.get_default()
    source, _ = Source.objects.get_or_create(
        locale=english,
        slug="zhejiang-daily",
        defaults={
            "name": "Zhejiang Daily",
            "native_name": "浙江日报",
            "description": "The provincial daily newspaper of Zhejiang, the summit's host province.",
        },
    )
    channel, _ = Channel.objects.get_or_create(
        locale=english,
        slug="news-channel",
        defaults={
            "name": "News Channel",
            "description": "The web news channel of a national broadcaster, which republished "
            "Zhejiang Daily's recap of the 2023 summit.",
        },
    )
    reporter, _ = Person.objects.get_or_create(
        locale=english, name="Wang Yuhong", defaults={"job_title": "Reporter, Zhejiang Daily"}
    )
    editor, _ = Person.objects.get_or_create(
        locale=english, name="Chen Zhouying", defaults={"job_title": "Editor"}
    )

    summit = _summit_2023()
    summit_parts = _pages(
        (EventPage, {"title__icontains": "Zhejiang"}),
        (EventPage, {"title__icontains": "Light of the Internet"}),
        (EventPage, {"title__icontains": "Straight to Wuzhen"}),
    )
    awards = _award_pages()

    _create_article(
        context,
        index,
        "tenth-wuzhen-summit-closes",
        title="Tenth Wuzhen Summit closes with a record reach and four firsts",
        standfirst=(
            "Guests from a record 126 countries and regions came to Wuzhen for the World "
            "Internet Conference's tenth summit, which ended on 10 November with new awards, "
            "a museum, signed deals and thousands of job offers."
        ),
        dateline_place="Wuzhen",
        dateline_date=datetime.date(2023, 11, 10),
        published_at=datetime.datetime(2023, 11, 11, 2, 52, 32, tzinfo=CST),
        source=source,
        is_republication=True,
        channel=channel,
        lead_image=_illustration("Wuzhen Summit 2023: the closing day"),
        lead_image_caption="The tenth Wuzhen Summit closed on 10 November 2023.",
        body=RECAP_BODY,
        tags=TAGS,
        authors=[(reporter, ArticleAuthor.Role.REPORTER), (editor, ArticleAuthor.Role.EDITOR)],
        related_summit=summit,
        related=[*summit_parts, *awards],
    )
    related = {"awards": awards, "parts": summit_parts[1:], None: []}
    for slug, title, caption, standfirst, published, place, body, tags, links in EXPLAINERS:
        _create_article(
            context,
            index,
            slug,
            title=title,
            standfirst=standfirst,
            dateline_place=place,
            dateline_date=datetime.date(2023, 11, 10),
            published_at=datetime.datetime(2023, 11, 11, *published, tzinfo=CST),
            lead_image=_illustration(caption),
            body=body,
            tags=tags,
            related_summit=summit,
            related=related[links],
        )
    _drop_unused_split_name_tags()
