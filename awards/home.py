"""The home page's "Awards and honours" section."""

from .models import AwardsIndexPage


def home_section_context(home_page, request):
    index_page = AwardsIndexPage.objects.child_of(home_page).live().public().first()
    if index_page is None:
        return None
    programmes = index_page.get_programmes()
    if not programmes:
        return None
    return {"index_page": index_page, "programmes": programmes}
