"""The publishing scheduler (`manage.py run_scheduler`) outlives a failed run: the error is
logged, the connection dropped, and the next run, after a pause that grows up to a cap,
publishes what is due. SIGTERM and SIGINT stop it cleanly."""

import contextlib
import datetime as dt
import io
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest import mock

import pytest
import time_machine
from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as PublishScheduled
from wagtail.models import Page

from tests.factories import StandardPageFactory
from tests.network import CuttableProxy

ROOT = Path(__file__).resolve().parents[2]


def page_due_for_publishing(parent, title):
    """A draft approved two hours ago to go live an hour ago: due, not yet live."""
    go_live_at = timezone.now() - dt.timedelta(hours=1)
    with time_machine.travel(go_live_at - dt.timedelta(hours=1), tick=False):
        page = StandardPageFactory(parent=parent, title=title, live=False)
        page.go_live_at = go_live_at
        page.save_revision().publish()
    page = Page.objects.get(pk=page.pk)
    assert not page.live and page.get_latest_revision().approved_go_live_at == go_live_at
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_error_is_logged_and_the_next_run_publishes(home_page, caplog):
    page = page_due_for_publishing(home_page, "Embargoed statement")
    real_handle = PublishScheduled.handle
    runs = []

    def flaky(self, *args, **options):
        runs.append(timezone.now())
        if len(runs) == 1:
            raise OperationalError("server closed the connection unexpectedly")
        real_handle(self, *args, **options)
        os.kill(os.getpid(), signal.SIGTERM)  # as systemd stops the service

    stderr = io.StringIO()
    with (
        mock.patch.object(PublishScheduled, "handle", flaky),
        caplog.at_level(logging.INFO, logger="portal.scheduler"),
    ):
        call_command("run_scheduler", "--interval", "1", stdout=io.StringIO(), stderr=stderr)

    assert len(runs) == 2
    assert Page.objects.get(pk=page.pk).live
    errors = [r for r in caplog.records if r.name == "portal.scheduler" and r.levelname == "ERROR"]
    assert len(errors) == 1
    assert errors[0].exc_info[0] is OperationalError  # the traceback goes to the log
    assert "next try in 1 s" in errors[0].getMessage()
    assert stderr.getvalue().splitlines() == [
        "run_scheduler: publish_scheduled failed (OperationalError: server closed the "
        "connection unexpectedly); next try in 1 s"
    ]
    recovered = [
        r for r in caplog.records if r.name == "portal.scheduler" and r.levelname == "WARNING"
    ]
    assert recovered and "works again after 1 failed runs" in recovered[0].getMessage()


class RecordedPauses:
    """Stands in for the scheduler's stop event: pauses are recorded, not waited."""

    def __init__(self):
        self.pauses = []
        self._set = False

    def is_set(self):
        return self._set

    def set(self):
        self._set = True

    def wait(self, seconds):
        if not self._set:  # a set event returns at once, as threading.Event does
            self.pauses.append(seconds)
        return self._set


@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
@pytest.mark.django_db
def test_retries_back_off_up_to_the_cap_and_a_signal_stops_the_loop(stop_signal):
    outcomes = iter([OperationalError("down")] * 5 + [None, None])
    pauses = RecordedPauses()

    def run(self, *args, **options):
        outcome = next(outcomes)
        if outcome is not None:
            raise outcome
        if len(pauses.pauses) == 6:
            os.kill(os.getpid(), stop_signal)

    stderr = io.StringIO()
    with (
        mock.patch.object(PublishScheduled, "handle", run),
        mock.patch("portal.management.commands.run_scheduler.threading.Event", lambda: pauses),
    ):
        call_command(
            "run_scheduler",
            "--interval=30",
            "--max-backoff=300",
            stdout=io.StringIO(),
            stderr=stderr,
        )

    # Doubling from the interval, capped; back to the interval after a good run.
    assert pauses.pauses == [30, 60, 120, 240, 300, 30]
    assert [line.rsplit(" ", 2)[1] for line in stderr.getvalue().splitlines()] == [
        "30",
        "60",
        "120",
        "240",
        "300",
    ]
    # The handlers are given back: the next SIGINT in this process is a KeyboardInterrupt.
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


@pytest.mark.django_db
def test_once_exits_non_zero_when_the_run_fails(caplog):
    def down(self, *args, **options):
        raise OperationalError("could not connect to server")

    with mock.patch.object(PublishScheduled, "handle", down), pytest.raises(Exception) as error:
        call_command("run_scheduler", "--once", stdout=io.StringIO(), stderr=io.StringIO())
    assert "publish_scheduled failed" in str(error.value)
    assert [r.levelname for r in caplog.records if r.name == "portal.scheduler"] == ["ERROR"]


@contextlib.contextmanager
def killed_if_left_running(process):
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def wait_while_running(process, condition, timeout, explain):
    """Until condition() holds; fails if `process` ends or `timeout` seconds pass first."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, f"the process ended: {explain()}"
        assert time.monotonic() < deadline, f"timed out: {explain()}"
        time.sleep(0.2)


class Lines:
    """The lines a process writes to a pipe, collected by a thread as they come."""

    def __init__(self, stream):
        self.lines = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream):
        for line in stream:
            self.lines.append(line)

    def wait_for(self, text, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return True
            time.sleep(0.1)
        return False


@pytest.fixture
def proxied_postgres():
    """The test database behind a TCP proxy the test can cut (PostgreSQL runs only)."""
    if connection.vendor != "postgresql":
        pytest.skip("needs DATABASE_URL on PostgreSQL, reached through a proxy (CI's second run)")
    db = connection.settings_dict
    proxy = CuttableProxy(int(db["PORT"] or 5432))
    yield proxy, f"postgres://{db['USER']}@127.0.0.1:{proxy.port}/{db['NAME']}"
    proxy.cut()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scheduler_process_outlives_a_cut_database_connection(proxied_postgres, home_page):
    proxy, database_url = proxied_postgres
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "LOG_LEVEL"}},
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "s" * 20 + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
        "ALLOWED_HOSTS": "summit.example.org",
        "DATABASE_URL": database_url,
        "PYTHONUNBUFFERED": "1",
    }
    # The database cache's table (publishing purges the page cache): the suite migrated
    # this database with local memory.
    subprocess.run([sys.executable, "manage.py", "createcachetable"], cwd=ROOT, env=env, check=True)
    scheduler = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", "--interval=1", "--max-backoff=2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with killed_if_left_running(scheduler):
        out, err = Lines(scheduler.stdout), Lines(scheduler.stderr)
        assert err.wait_for("Publishing scheduled pages"), "".join(out.lines + err.lines)
        proxy.cut()
        assert err.wait_for("run_scheduler: publish_scheduled failed (OperationalError")
        assert err.wait_for("Traceback"), "the log has no traceback"
        assert scheduler.poll() is None

        page = page_due_for_publishing(home_page, "Published after the outage")
        proxy.restore()
        wait_while_running(
            scheduler, lambda: Page.objects.get(pk=page.pk).live, 30, lambda: "".join(err.lines)
        )
        assert err.wait_for("works again after"), "".join(err.lines)  # logged after the run

        scheduler.send_signal(signal.SIGTERM)
        assert scheduler.wait(timeout=10) == 0
