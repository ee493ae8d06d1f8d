from django.urls import path

from . import sitemaps

urlpatterns = [
    path("sitemap-news.xml", sitemaps.news_sitemap, name="news_sitemap"),
]
