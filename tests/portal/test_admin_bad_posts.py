"""A malformed admin post answers 400 (or a form error), never 500, and saves nothing: every
page type's create and edit form and the snippets' forms, posted as the browser would post
them and then with each StreamField `-count` removed or garbage, a `-deleted`, `-order` or
`-type` missing, an inline panel's management form missing or garbage, and chooser ids that
are not numbers."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from tests.awards.factories import (
    AwardEditionPageFactory,
    AwardProgramPageFactory,
    AwardsIndexPageFactory,
    HonoureeFactory,
    RecognitionFactory,
)
from tests.comments.factories import CommentFactory
from tests.events.factories import (
    EventPageFactory,
    SummitIndexPageFactory,
    SummitPageFactory,
    VenueFactory,
)
from tests.factories import (
    ImageFactory,
    OrganizationFactory,
    PersonFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.news.factories import NewsIndexPageFactory, full_article

from .admin_forms import form_fields, streamfield_data

pytestmark = pytest.mark.django_db

FORM_ERROR = "could not be"  # Wagtail: "The page could not be saved/created due to errors."


def _body(image):
    return [
        ("paragraph", "<p>A synthetic paragraph.</p>"),
        ("heading", {"text": "A synthetic heading", "level": "h2"}),
        (
            "key_figures",
            {"figures": [{"value": "1,800", "qualifier": "", "label": "guests"}]},
        ),
        (
            "gallery",
            {
                "title": "",
                "images": [{"image": image, "caption": "", "credit": ""} for _ in range(2)],
            },
        ),
    ]


@pytest.fixture
def tree(home_page):
    """One page of every page type that can be created, with a StreamField body where the
    type has one, and inline rows (bylines) on the article."""
    image = ImageFactory()
    news = NewsIndexPageFactory(parent=home_page)
    summits = SummitIndexPageFactory(parent=home_page)
    summit = SummitPageFactory(parent=summits)
    awards = AwardsIndexPageFactory(parent=home_page)
    programme = AwardProgramPageFactory(parent=awards)
    pages = [
        home_page,
        StandardPageFactory(parent=home_page, body=_body(image)),
        news,
        full_article(news, body=_body(image)),
        summits,
        summit,
        EventPageFactory(parent=summit, body=_body(image)),
        awards,
        programme,
        AwardEditionPageFactory(parent=programme, year=2024),
    ]
    return {type(page.specific): page.specific for page in pages}


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="synthetic-root", is_superuser=True))
    return client


def variants(data, model):
    """(label, data) pairs: the valid data with one part removed or made garbage."""

    def without(*keys):
        return {k: v for k, v in data.items() if k not in keys}

    for key in [k for k in data if k.endswith("-count")]:
        yield f"{key} removed", without(key)
        for garbage in ("abc", "-1", "99999"):
            yield f"{key}={garbage}", {**data, key: [garbage]}
    for suffix in ("-deleted", "-order", "-type"):
        key = next((k for k in data if k.endswith(suffix)), None)
        if key:
            yield f"{key} removed", without(key)
            if suffix != "-type":
                yield f"{key}=abc", {**data, key: ["abc"]}
    for total in [k for k in data if k.endswith("-TOTAL_FORMS")]:
        prefix = total.removesuffix("TOTAL_FORMS")
        management = [prefix + n for n in ("TOTAL_FORMS", "INITIAL_FORMS", "MIN_NUM_FORMS")]
        yield f"{prefix}management form removed", without(*management, prefix + "MAX_NUM_FORMS")
        for garbage in ("abc", "-1", "99999"):
            yield f"{total}={garbage}", {**data, total: [garbage]}
    choosers = [f.name for f in model._meta.concrete_fields if f.many_to_one]
    for name in [n for n in choosers if data.get(n, [""]) != [""]]:
        yield f"{name}=x", {**data, name: ["x"]}


def _check(client, url, data, model, unchanged):
    before = unchanged()
    answers = {}
    for label, variant in variants(data, model):
        response = client.post(url, variant)
        body = response.content.decode()
        if response.status_code == 200:
            assert FORM_ERROR in body, label
        answers[label] = response.status_code
        assert unchanged() == before, label
    assert set(answers.values()) <= {200, 400}, answers
    return answers


def _edit_data(client, url, instance, form_id):
    response = client.get(url)
    assert response.status_code == 200
    return {**form_fields(response.content.decode(), form_id), **streamfield_data(instance)}


def _page_state(page):
    page.refresh_from_db()
    return (page.draft_title, page.latest_revision_id, Page.objects.count())


PAGE_TYPES = [
    "HomePage",
    "StandardPage",
    "NewsIndexPage",
    "ArticlePage",
    "SummitIndexPage",
    "SummitPage",
    "EventPage",
    "AwardsIndexPage",
    "AwardProgramPage",
    "AwardEditionPage",
]


def _page(tree, name):
    return next(page for model, page in tree.items() if model.__name__ == name)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_a_malformed_page_edit_post_is_refused(superuser_client, tree, page_type):
    page = _page(tree, page_type)
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = _edit_data(superuser_client, url, page, "page-edit-form")
    # The data as collected is what the browser posts: it saves.
    assert superuser_client.post(url, data).status_code == 302
    answers = _check(superuser_client, url, data, type(page), lambda: _page_state(page))
    if "body-count" in data:
        assert answers["body-count removed"] == answers["body-count=abc"] == 400


# The home and section index pages are singletons: theirs exist, so none can be added.
@pytest.mark.parametrize(
    "page_type", [t for t in PAGE_TYPES if not t.endswith(("HomePage", "IndexPage"))]
)
def test_a_malformed_page_create_post_is_refused(superuser_client, tree, page_type):
    model = type(_page(tree, page_type))
    parent = tree[model.allowed_parent_page_models()[0]]
    url = reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )
    response = superuser_client.get(url)
    assert response.status_code == 200
    data = form_fields(response.content.decode(), "page-edit-form")
    data |= streamfield_data(model())
    data["title"], data["slug"] = ["A malformed synthetic page"], ["malformed-synthetic-page"]
    _check(superuser_client, url, data, model, lambda: Page.objects.count())


SNIPPETS = ["person", "organization", "venue", "honouree", "recognition", "comment"]


@pytest.fixture
def snippets(tree):
    article = _page(tree, "ArticlePage")
    return {
        "person": PersonFactory(name="Synthetic Snippet Person"),
        "organization": OrganizationFactory(),
        "venue": VenueFactory(),
        "honouree": HonoureeFactory(),
        "recognition": RecognitionFactory(edition=_page(tree, "AwardEditionPage")),
        "comment": CommentFactory(page=article),
    }


@pytest.mark.parametrize("name", SNIPPETS)
def test_a_malformed_snippet_post_is_refused(superuser_client, snippets, name):
    obj = snippets[name]
    viewset = obj.snippet_viewset
    url = reverse(viewset.get_url_name("edit"), args=[obj.pk])
    data = _edit_data(superuser_client, url, obj, "w-editor-form")

    def state():
        return type(obj).objects.filter(pk=obj.pk).values().get()

    _check(superuser_client, url, data, type(obj), state)
