import signal
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages and snippets on a loop (Wagtail's "
        "publish_scheduled every --interval seconds). `make run` starts it beside the server; "
        "in production run it as its own process or call publish_scheduled from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=30, help="Seconds between runs.")
        parser.add_argument("--once", action="store_true", help="Run once and exit.")

    def handle(self, *args, interval, once, **options):
        self._running = True
        signal.signal(signal.SIGTERM, self._stop)
        while self._running:
            call_command("publish_scheduled", stdout=self.stdout)
            if once:
                return
            for _ in range(max(interval, 1)):
                if not self._running:
                    break
                time.sleep(1)

    def _stop(self, *_args):
        self._running = False
