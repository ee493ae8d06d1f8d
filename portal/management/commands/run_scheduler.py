import contextlib
import logging
import signal
import threading

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connections

logger = logging.getLogger("portal.scheduler")


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages and snippets on a loop (Wagtail's "
        "publish_scheduled every --interval seconds). A failed run (the database gone, say) is "
        "logged and retried after a growing pause, capped at --max-backoff; SIGTERM or SIGINT "
        "stops it after the current run. `make run` starts it beside the server; in production "
        "deploy/systemd/portal-scheduler.service runs it."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=30, help="Seconds between runs.")
        parser.add_argument(
            "--max-backoff",
            type=int,
            default=300,
            help="Longest pause, in seconds, between retries after failed runs.",
        )
        parser.add_argument("--once", action="store_true", help="Run once and exit.")

    def handle(self, *args, interval, max_backoff, once, **options):
        interval = max(interval, 1)
        self._stopping = threading.Event()
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        logger.info("Publishing scheduled pages and snippets every %d s", interval)
        try:
            self._loop(interval, max(max_backoff, interval), once)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _loop(self, interval, max_backoff, once):
        failures = 0
        while not self._stopping.is_set():
            _release_connections(broken=False)
            try:
                call_command("publish_scheduled", stdout=self.stdout)
            except Exception as error:
                failures += 1
                pause = min(interval * 2 ** (failures - 1), max_backoff)
                logger.exception(
                    "publish_scheduled failed (%d in a row); next try in %d s", failures, pause
                )
                self.stderr.write(
                    f"run_scheduler: publish_scheduled failed ({type(error).__name__}: "
                    f"{error}); next try in {pause} s"
                )
                _release_connections(broken=True)
                if once:
                    raise CommandError("publish_scheduled failed; see the log") from error
            else:
                if failures:
                    logger.warning("publish_scheduled works again after %d failed runs", failures)
                failures = 0
                pause = interval
                _release_connections(broken=False)
            if once:
                return
            self._stopping.wait(pause)

    def _stop(self, *_args):
        self._stopping.set()


def _release_connections(broken):
    """As around a request: drop a connection that is broken or past CONN_MAX_AGE; after a
    failed run drop them all, so the next run opens new ones. A connection inside a
    transaction belongs to whoever opened it (a caller of call_command) and is left alone."""
    for connection in connections.all(initialized_only=True):
        if connection.in_atomic_block:
            continue
        with contextlib.suppress(DatabaseError):
            if broken:
                connection.close()
            else:
                connection.close_if_unusable_or_obsolete()
