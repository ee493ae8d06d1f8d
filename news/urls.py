from django.urls import path

from . import views

urlpatterns = [
    path("sitemap-news.xml", views.news_sitemap, name="news_sitemap"),
]
