"""Existing rows become the default locale's (English), each with its own translation key
(Wagtail's documented way to make existing models translatable)."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("news", "0004_translatable_snippets_fields")]

    operations = [
        BootstrapTranslatableModel("news.Source"),
        BootstrapTranslatableModel("news.Channel"),
    ]
