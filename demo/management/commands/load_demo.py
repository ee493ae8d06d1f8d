from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from demo import awards, events, live, news, site
from demo.zh import loader as chinese

# In app order: each part may link to pages of the parts before it.
LOADERS = (site.load, events.load, awards.load, news.load, live.load)


class DemoContext:
    """Shared between the demo loaders: the site, its home page, and what was created."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.site = None
        self.home = None
        self.created_items = []

    def created(self, label):
        self.created_items.append(label)
        self.stdout.write(f"  created {label}")


class Command(BaseCommand):
    help = (
        "Load the demo content: the 2023 Wuzhen Summit story. Idempotent: what exists is "
        "left as it is, so running it twice changes nothing."
    )

    def handle(self, *args, **options):
        context = DemoContext(self.stdout)
        with transaction.atomic():
            for load in LOADERS:
                load(context)
            site.finish(context)
            # The Chinese edition last: it translates the English pages made above.
            chinese.load(context)
            # Roles last: their page permissions and workflows attach to the section pages.
            call_command("setup_roles", verbosity=0, stdout=self.stdout)
        if context.created_items:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo content loaded ({len(context.created_items)} items created)."
                )
            )
        else:
            self.stdout.write("Demo content already present: nothing changed.")
