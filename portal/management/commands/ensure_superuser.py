import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a local superuser exists. Username from DJANGO_SUPERUSER_USERNAME (default "
        "'admin'), password from DJANGO_SUPERUSER_PASSWORD, else generated and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        username = os.environ.get("DJANGO_SUPERUSER_USERNAME") or "admin"
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Superuser '{username}' already exists; password unchanged.")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(15)
        email = os.environ.get("DJANGO_SUPERUSER_EMAIL", "")
        User.objects.create_superuser(username=username, email=email, password=password)
        self.stdout.write(self.style.SUCCESS(f"Created superuser '{username}'."))
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Generated password (shown only this once): {password}\n"
                    "Set DJANGO_SUPERUSER_PASSWORD to choose your own."
                )
            )
