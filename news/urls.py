from django.urls import path

from . import views

urlpatterns = [
    path("feed.xsl", views.feed_stylesheet, name="news_feed_stylesheet"),
]
