from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.home_sections import HomeSection, home_sections
        from portal.related import RelatedProvider, register_related_provider
        from portal.sitemaps import register_sitemap

        from .related import articles_about_context, latest_news_context

        home_sections.register(
            HomeSection(
                name="latest_news",
                template="news/includes/home_latest_news.html",
                get_context=latest_news_context,
                order=20,
            )
        )
        register_related_provider(
            RelatedProvider(name="news", get_context=articles_about_context, order=50)
        )
        register_sitemap("news_sitemap")
