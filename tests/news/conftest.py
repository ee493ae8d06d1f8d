import pytest

from .factories import NewsIndexPageFactory


@pytest.fixture(autouse=True)
def _own_media_root(settings, tmp_path):
    """Each test writes images and renditions to its own folder, so that another test
    process removing the shared test media (at the end of its session) cannot pull files
    away from under it."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)
