"""The Google News sitemap: articles published in the last two days, in the `news:`
namespace (https://www.google.com/schemas/sitemap-news/0.9)."""

import datetime

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from portal.models import SiteBranding

from .models import ArticlePage

NEWS_SITEMAP_WINDOW = datetime.timedelta(days=2)
NEWS_SITEMAP_MAX = 1000


@require_safe
@cache_control(max_age=600, public=True)
def news_sitemap(request):
    site = Site.find_for_request(request)
    since = timezone.now() - NEWS_SITEMAP_WINDOW
    articles = (
        ArticlePage.objects.live()
        .public()
        .defer_streamfields()
        .filter(published_at__gte=since, published_at__lte=timezone.now())
        .order_by("-published_at")
    )
    if site is not None:
        articles = articles.descendant_of(site.root_page, inclusive=True)
    branding = SiteBranding.for_request(request) if site else SiteBranding()
    entries = [
        {"loc": article.get_full_url(request), "article": article}
        for article in articles[:NEWS_SITEMAP_MAX]
    ]
    return render(
        request,
        "news/news_sitemap.xml",
        {"entries": entries, "publication_name": branding.site_name, "language": "en"},
        content_type="application/xml; charset=utf-8",
    )
