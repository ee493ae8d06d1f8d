"""What the news app contributes to other pages: the articles about a page (any page that
an article names as its summit or a related page) and the home page's "Latest news"."""

from django.utils.translation import gettext as _

from .models import ArticlePage, NewsIndexPage

RELATED_LIMIT = 4
HOME_LIMIT = 4


def _news_index(locale_id):
    return NewsIndexPage.objects.live().filter(locale_id=locale_id).first()


def articles_about_context(page, request):
    """Up to four live articles pointing at `page`, newest first, and a link to all of them.
    Three queries (articles, their images' renditions, the index), whatever the numbers."""
    if page is None or isinstance(page, ArticlePage | NewsIndexPage) or not page.pk:
        return None
    articles = list(
        ArticlePage.listing_queryset().filter(
            ArticlePage.pointing_at_q(page), locale_id=page.locale_id
        )[: RELATED_LIMIT + 1]
    )
    if not articles:
        return None
    index = _news_index(page.locale_id)
    more_url = None
    if index is not None and len(articles) > RELATED_LIMIT:
        if page._meta.label_lower == "events.summitpage":
            more_url = index.route_url("summit", request, summit=page.slug)
        else:
            more_url = f"{index.get_url(request)}?about={page.pk}"
    return {
        "articles": articles[:RELATED_LIMIT],
        "more_url": more_url,
        "heading": _("News about %(title)s") % {"title": page.title},
    }


def latest_news_context(home_page, request):
    articles = list(
        ArticlePage.listing_queryset().filter(locale_id=home_page.locale_id)[:HOME_LIMIT]
    )
    if not articles:
        return None
    index = _news_index(home_page.locale_id)
    return {"articles": articles, "news_index": index}
