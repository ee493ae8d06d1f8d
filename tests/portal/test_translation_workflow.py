"""An editor translates an article with wagtail-localize: submitting it makes a Chinese draft
(its parents and its source translated as well), which opens in the translation editor, and a
change to the English article reaches the Chinese one by a sync. An editor may also use the
admin in Chinese."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from news.models import Source
from tests.factories import UserFactory
from tests.news.factories import NewsIndexPageFactory, full_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def editor(client):
    client.force_login(UserFactory(username="synthetic-translator", is_superuser=True))
    return client


@pytest.fixture
def article(home_page):
    news = NewsIndexPageFactory(parent=home_page)
    return full_article(news, title="Wuzhen Summit closes", slug="wuzhen-summit-closes")


def submit(editor, page, zh_locale):
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert editor.get(url).status_code == 200
    return editor.post(url, {"locales": [zh_locale.pk]})


def test_submitting_an_article_makes_a_chinese_draft(editor, article, zh_locale):
    response = submit(editor, article, zh_locale)

    chinese = article.get_translation(zh_locale)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[chinese.pk])
    assert chinese.live is False
    assert chinese.url_path.endswith("/news/wuzhen-summit-closes/")
    # The outlet it names is submitted too, so that the translation can name its own.
    assert Source.objects.filter(slug="synthetic-daily", locale=zh_locale).exists()

    editor_page = editor.get(response["Location"])
    assert editor_page.status_code == 200
    html = editor_page.content.decode()
    assert 'id="w-translation-editor"' in html or "translation-editor" in html
    assert "Wuzhen Summit closes" in html  # the English source, segment by segment


def test_a_change_to_the_english_article_is_synced(editor, article, zh_locale):
    submit(editor, article, zh_locale)
    article.standfirst = "A new English standfirst."
    article.save_revision().publish()

    url = reverse("wagtail_localize:update_translations", args=[_source_id(article)])
    assert editor.get(url).status_code == 200
    assert editor.post(url, {}).status_code == 302

    # The translator now sees the new English text to translate.
    chinese = article.get_translation(zh_locale)
    html = editor.get(reverse("wagtailadmin_pages:edit", args=[chinese.pk])).content.decode()
    assert "A new English standfirst." in html


def test_an_editor_may_use_the_admin_in_chinese(editor):
    profile = UserProfile.get_for_user(editor.get(reverse("wagtailadmin_home")).wsgi_request.user)
    profile.preferred_language = "zh-hans"
    profile.save()
    html = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert '<html lang="zh-hans"' in html.lower()
    assert "仪表板" in html or "控制面板" in html or "首页" in html
    assert Locale.objects.filter(language_code="zh-hans").exists()


def _source_id(page):
    from wagtail_localize.models import TranslationSource

    return TranslationSource.objects.get_for_instance(page).pk
