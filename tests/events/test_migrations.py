"""events 0002 folds SubForumPage into EventPage on a database made before it: every page
keeps its id, address and content, and nothing points at the old page type any more; 0003
renames the edition's organiser, in its revisions too."""

import pytest
from django.apps import apps as current_apps
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

BEFORE = [("events", "0001_initial")]

# Runs the migrations themselves, outside a transaction; the database is restored after.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def _needs_migrations():
    if "events" not in MigrationLoader(connection).migrated_apps:
        pytest.skip("the test database was made without migrations (--nomigrations)")


def _add_page(apps, model, parent, **fields):
    """A page row below `parent` built with historical models (no treebeard helpers)."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
    last = children.order_by("-path").values_list("path", flat=True).first()
    step = int(last[-4:], 36) + 1 if last else 1
    path = parent.path + _base36(step).rjust(4, "0")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=model._meta.app_label, model=model._meta.model_name
    )
    page = model.objects.create(
        path=path,
        depth=parent.depth + 1,
        numchild=0,
        url_path=f"{parent.url_path}{fields['slug']}/",
        draft_title=fields["title"],
        content_type=content_type,
        locale_id=parent.locale_id,
        live=True,
        **fields,
    )
    Page.objects.filter(pk=parent.pk).update(numchild=children.count())
    return Page.objects.get(pk=page.pk), content_type


def _base36(number):
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while number:
        number, rest = divmod(number, 36)
        text = digits[rest] + text
    return text or "0"


def _old_database():
    """The database at events 0001, with an edition, a sub-forum (with a revision, a log
    entry and a reference) and an event, made with the models of that time."""
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    # The models as the database now has them: events at 0001, the other apps at their
    # latest (portal's snippets with their locales, say), not at what events 0001 needed.
    apps = MigrationExecutor(connection)._create_project_state(with_applied_migrations=True).apps
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    site_root = Site.objects.get(is_default_site=True).root_page
    series, _ct = _add_page(
        apps, apps.get_model("events", "SummitIndexPage"), site_root, title="Series", slug="s"
    )
    edition, page_ct = _add_page(
        apps,
        apps.get_model("events", "SummitPage"),
        series,
        title="Synthetic Summit 2030",
        slug="2030",
        year=2030,
        edition_number=1,
    )
    forum, forum_ct = _add_page(
        apps,
        apps.get_model("events", "SubForumPage"),
        edition,
        title="Synthetic Forum",
        slug="synthetic-forum",
        kind="sub_forum",
        theme="A synthetic forum theme",
    )
    expo, expo_ct = _add_page(
        apps,
        apps.get_model("events", "EventPage"),
        edition,
        title="Synthetic Expo",
        slug="synthetic-expo",
        kind="expo",
    )
    base_ct = apps.get_model("contenttypes", "ContentType").objects.get(
        app_label="wagtailcore", model="page"
    )
    revision = apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=forum_ct,
        base_content_type=base_ct,
        object_id=str(forum.pk),
        object_str=forum.title,
        created_at=timezone.now(),
        content={"pk": forum.pk, "title": forum.title, "content_type": forum_ct.pk},
    )
    Page.objects.filter(pk=forum.pk).update(latest_revision=revision)
    organisation = apps.get_model("portal", "Organization").objects.create(
        name="Synthetic Org", locale_id=site_root.locale_id
    )
    apps.get_model("wagtailcore", "Revision").objects.create(
        content_type=page_ct,
        base_content_type=base_ct,
        object_id=str(edition.pk),
        object_str=edition.title,
        created_at=timezone.now(),
        content={"pk": edition.pk, "title": edition.title, "organizer": organisation.pk},
    )
    apps.get_model("wagtailcore", "PageLogEntry").objects.create(
        content_type=forum_ct,
        page_id=forum.pk,
        label=forum.title,
        action="wagtail.create",
        timestamp=timezone.now(),
    )
    apps.get_model("wagtailcore", "ReferenceIndex").objects.create(
        content_type=forum_ct,
        base_content_type=base_ct,
        object_id=str(forum.pk),
        to_content_type=base_ct,
        to_object_id=str(edition.pk),
        model_path="highlights",
        content_path="highlights",
        content_path_hash="0" * 32,
    )
    return {
        "forum": forum,
        "expo": expo,
        "edition": edition,
        "organisation": organisation,
        "forum_ct": forum_ct,
        "expo_ct": expo_ct,
    }


def _rows_pointing_at(content_type_id):
    """Rows of any model, permissions aside, whose ForeignKey to ContentType is this one."""
    found = {}
    for model in current_apps.get_models():
        if model._meta.label_lower in ("auth.permission", "contenttypes.contenttype"):
            continue
        for field in model._meta.local_fields:
            if field.many_to_one and field.related_model._meta.label_lower == (
                "contenttypes.contenttype"
            ):
                count = model._base_manager.filter(**{field.attname: content_type_id}).count()
                if count:
                    found[f"{model._meta.label}.{field.name}"] = count
    return found


def test_sub_forums_become_event_pages_with_their_ids_and_addresses(client):
    from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision

    from events.models import EventPage

    old = _old_database()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    forum, expo = old["forum"], old["expo"]
    pages = {page.pk: page for page in EventPage.objects.filter(pk__in=[forum.pk, expo.pk])}
    assert {pk: (p.title, p.url_path, p.kind) for pk, p in pages.items()} == {
        forum.pk: ("Synthetic Forum", forum.url_path, "sub_forum"),
        expo.pk: ("Synthetic Expo", expo.url_path, "expo"),
    }
    assert pages[forum.pk].theme == "A synthetic forum theme"
    event_ct = old["expo_ct"].pk
    assert Page.objects.get(pk=forum.pk).content_type_id == event_ct
    assert isinstance(Page.objects.get(pk=forum.pk).specific, EventPage)

    revision = Revision.objects.get(object_id=str(forum.pk))
    assert revision.content_type_id == event_ct
    assert revision.content["content_type"] == event_ct
    assert isinstance(revision.as_object(), EventPage)
    assert PageLogEntry.objects.get(page_id=forum.pk).content_type_id == event_ct
    assert ReferenceIndex.objects.get(object_id=str(forum.pk)).content_type_id == event_ct
    assert _rows_pointing_at(old["forum_ct"].pk) == {}
    # 0003: the edition's drafts keep their organiser under its new name.
    draft = Revision.objects.get(object_id=str(old["edition"].pk)).as_object()
    assert draft.organiser_id == old["organisation"].pk

    response = client.get(forum.url_path.removeprefix("/home"))
    assert response.status_code == 200
    assert response.templates[0].name == "events/sub_forum_page.html"
    assert '<h1 class="page-title">Synthetic Forum</h1>' in response.content.decode()
    response = client.get(expo.url_path.removeprefix("/home"))
    assert response.templates[0].name == "events/event_page.html"


def test_the_fold_can_be_undone():
    from wagtail.models import Page

    old = _old_database()
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)

    apps = executor.loader.project_state(BEFORE).apps
    SubForumPage = apps.get_model("events", "SubForumPage")
    EventPage = apps.get_model("events", "EventPage")
    forum, expo = old["forum"], old["expo"]
    assert list(SubForumPage.objects.values_list("pk", flat=True)) == [forum.pk]
    assert list(EventPage.objects.values_list("pk", flat=True)) == [expo.pk]
    assert Page.objects.get(pk=forum.pk).content_type_id == old["forum_ct"].pk
    revision = apps.get_model("wagtailcore", "Revision").objects.get(object_id=str(forum.pk))
    assert (revision.content_type_id, revision.content["content_type"]) == (
        old["forum_ct"].pk,
        old["forum_ct"].pk,
    )
    edition_revision = apps.get_model("wagtailcore", "Revision").objects.get(
        object_id=str(old["edition"].pk)
    )
    assert edition_revision.content["organizer"] == old["organisation"].pk
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
