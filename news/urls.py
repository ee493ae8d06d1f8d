from django.urls import path

from . import sitemaps, views

urlpatterns = [
    path("sitemap-news.xml", sitemaps.news_sitemap, name="news_sitemap"),
    path("feed.xsl", views.feed_stylesheet, name="news_feed_stylesheet"),
]
