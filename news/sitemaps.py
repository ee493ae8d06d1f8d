"""The Google News section of the sitemap index: articles published in the last two days,
in the `news:` namespace (https://www.google.com/schemas/sitemap-news/0.9), at
`/sitemap-news.xml`. With no such article it is left out of the index (portal/sitemaps.py).
"""

import datetime

from django.db.models import Max
from django.utils import timezone
from wagtail.contrib.sitemaps import Sitemap

from portal.models import SiteBranding
from portal.sitemaps import NonEmptySitemap, in_every_language

from .models import ArticlePage

NEWS_SITEMAP_WINDOW = datetime.timedelta(days=2)
# Google reads at most 1,000 URLs of a news sitemap: one file, never a second page.
NEWS_SITEMAP_MAX = 1000
# Google News names Simplified Chinese zh-cn.
NEWS_LANGUAGES = {"en": "en", "zh-hans": "zh-cn"}


class NewsSitemap(NonEmptySitemap, Sitemap):
    template_name = "news/news_sitemap.xml"
    limit = NEWS_SITEMAP_MAX

    def articles(self):
        now = timezone.now()
        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(published_at__gte=now - NEWS_SITEMAP_WINDOW, published_at__lte=now)
        )
        return articles.filter(in_every_language(self.get_wagtail_site()))

    def items(self):
        articles = self.articles().select_related("locale").defer_streamfields()
        return articles.order_by("-published_at")[:NEWS_SITEMAP_MAX]

    def lastmod(self, article):
        return article.published_at

    def get_latest_lastmod(self):
        return self.articles().aggregate(latest=Max("published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        urls = [
            {
                "item": article,
                "location": article.get_full_url(self.request),
                "language": NEWS_LANGUAGES.get(article.locale.language_code, "en"),
            }
            for article in self.paginator.page(page).object_list
        ]
        self.latest_lastmod = max((url["item"].published_at for url in urls), default=None)
        return urls

    def extra_context(self):
        return {"publication_name": SiteBranding.for_request(self.request).site_name}
