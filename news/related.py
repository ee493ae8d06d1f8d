"""What the news app contributes to other pages: the articles about a page (any page that
an article names as its summit or a related page) and the home page's "Latest news"."""

from django.utils.translation import gettext as _

from portal import per_change

from .models import ArticlePage, NewsIndexPage

RELATED_LIMIT = 4
HOME_LIMIT = 4


def _news_index(locale_id):
    return NewsIndexPage.objects.live().filter(locale_id=locale_id).first()


def _cards(articles):
    """`articles` ready to be kept once per change (portal/per_change.py)."""
    for article in articles:
        per_change.without_prefetched_renditions(article.lead_image, article.listing_image)
    return articles


def articles_about_context(page, request):
    """Up to four live articles pointing at `page`, newest first, and a link to all of them.
    Three queries (articles, their images' renditions, the index), whatever the numbers;
    none while nothing changed."""
    if page is None or isinstance(page, ArticlePage | NewsIndexPage) or not page.pk:
        return None
    return per_change.for_page(page, request, "news-about", lambda: _articles_about(page, request))


def _articles_about(page, request):
    articles = _cards(
        list(
            ArticlePage.listing_queryset().filter(
                ArticlePage.pointing_at_q(page), locale_id=page.locale_id
            )[: RELATED_LIMIT + 1]
        )
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
    # Kept until the home page changes: every article of its language is below it.
    return per_change.for_page(
        home_page, request, "latest-news", lambda: _latest_news(home_page.locale_id)
    )


def _latest_news(locale_id):
    articles = _cards(list(ArticlePage.listing_queryset().filter(locale_id=locale_id)[:HOME_LIMIT]))
    if not articles:
        return None
    return {"articles": articles, "news_index": _news_index(locale_id)}
