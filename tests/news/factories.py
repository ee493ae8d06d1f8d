"""Factories for the news app. Everything they make is visibly synthetic."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from news.models import ArticleAuthor, ArticlePage, Channel, NewsIndexPage, Source
from tests.factories import ImageFactory, PersonFactory

BASE_TIME = datetime.datetime(
    2023, 11, 11, 2, 52, 32, tzinfo=datetime.timezone(datetime.timedelta(hours=8))
)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("slug", "locale")

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Synthetic Daily {n}")
    slug = factory.Sequence(lambda n: f"synthetic-daily-{n}")
    url = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")


class ChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Channel
        django_get_or_create = ("slug", "locale")

    locale = factory.LazyFunction(Locale.get_default)
    name = factory.Sequence(lambda n: f"Synthetic Channel {n}")
    slug = factory.Sequence(lambda n: f"synthetic-channel-{n}")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Synthetic article {n}")
    slug = factory.Sequence(lambda n: f"synthetic-article-{n}")
    standfirst = "A synthetic standfirst for tests."
    published_at = factory.Sequence(lambda n: BASE_TIME - datetime.timedelta(hours=n))
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>" + "Synthetic words for the body. " * 60 + "</p>")]
    )
    live = True

    @factory.post_generation
    def tags(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.tags.add(*extracted)
            obj.save()


class ArticleAuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ArticleAuthor

    article = factory.SubFactory(ArticlePageFactory)
    person = factory.SubFactory(PersonFactory)
    role = ArticleAuthor.Role.REPORTER


def full_article(parent, **kwargs):
    """An article with every metadata field filled in: bylines, source, channel, image, tags."""
    defaults = {
        "published_at": BASE_TIME,
        "source": SourceFactory(
            name="Synthetic Daily", native_name="合成日报", slug="synthetic-daily"
        ),
        "channel": ChannelFactory(name="Synthetic News Channel", slug="news-channel"),
        "lead_image": ImageFactory(alt_text="A synthetic lead picture", credit="Photo: Synthetic"),
        "lead_image_caption": "A synthetic caption",
        "dateline_place": "Wuzhen",
        "dateline_date": datetime.date(2023, 11, 10),
        "is_republication": True,
        "original_url": "https://synthetic-daily.example.org/original",
        "updated_at": BASE_TIME + datetime.timedelta(hours=5),
    }
    defaults.update(kwargs)
    tags = defaults.pop("tags", ["Wuzhen", "Summit"])
    article = ArticlePageFactory(parent=parent, tags=tags, **defaults)
    ArticleAuthorFactory(
        article=article,
        person=PersonFactory(name="Synthetic Reporter"),
        role="reporter",
        sort_order=0,
    )
    ArticleAuthorFactory(
        article=article, person=PersonFactory(name="Synthetic Editor"), role="editor", sort_order=1
    )
    ArticleAuthorFactory(
        article=article,
        person=PersonFactory(name="Synthetic Photographer"),
        role="photographer",
        sort_order=2,
    )
    return article


def make_articles(parent, count, **kwargs):
    now = timezone.now()
    return [
        ArticlePageFactory(
            parent=parent, published_at=now - datetime.timedelta(hours=i + 1), **kwargs
        )
        for i in range(count)
    ]
