"""The snippets that carry text are translatable: rows made before (news 0004 to 0006) become
English with their own translation key, and an editor's Chinese copy keeps the slug."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from wagtail.models import Locale

from events.models import Venue
from news.models import Source
from tests.factories import OrganizationFactory, PersonFactory
from tests.news.factories import ChannelFactory, SourceFactory

BEFORE = [("news", "0003_article_body_summit_key_figures")]
AFTER = [("news", "0006_translatable_snippets")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_existing_sources_and_channels_become_english():
    if "news" not in MigrationLoader(connection).migrated_apps:
        pytest.skip("the test database was made without migrations (--nomigrations)")
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    old = executor.loader.project_state(BEFORE).apps
    old.get_model("news", "Source").objects.create(name="Old Daily", slug="old-daily")
    old.get_model("news", "Source").objects.create(name="Older Daily", slug="older-daily")
    old.get_model("news", "Channel").objects.create(name="Old Channel", slug="old-channel")

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    english = new.get_model("wagtailcore", "Locale").objects.get(language_code="en")
    sources = list(new.get_model("news", "Source").objects.order_by("slug"))
    assert [s.locale_id for s in sources] == [english.pk, english.pk]
    assert all(s.translation_key for s in sources)
    assert sources[0].translation_key != sources[1].translation_key
    channel = new.get_model("news", "Channel").objects.get()
    assert channel.locale_id == english.pk

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db
@pytest.mark.parametrize(
    "make",
    [
        lambda: SourceFactory(slug="zhejiang-daily", name="Zhejiang Daily"),
        lambda: ChannelFactory(slug="news-channel", name="News Channel"),
        lambda: PersonFactory(name="Wang Yuhong", job_title="Reporter"),
        lambda: OrganizationFactory(name="World Internet Conference"),
        lambda: Venue.objects.create(name="Wuzhen Internet International Convention Centre"),
    ],
)
def test_a_snippet_is_translated_into_chinese(make):
    original = make()
    chinese = Locale.objects.get(language_code="zh-hans")
    assert original.locale == Locale.get_default()

    translation = original.copy_for_translation(chinese)
    translation.name = "中文名称"
    translation.save()

    assert original.get_translation(chinese).name == "中文名称"
    assert translation.get_translation(Locale.get_default()).pk == original.pk
    assert type(original).objects.filter(translation_key=original.translation_key).count() == 2


@pytest.mark.django_db
def test_the_slug_is_unique_within_a_language_only():
    source = SourceFactory(slug="zhejiang-daily")
    source.copy_for_translation(Locale.objects.get(language_code="zh-hans")).save()
    assert Source.objects.filter(slug="zhejiang-daily").count() == 2
