"""The systemd units in deploy/systemd run what the repository has, restart what must keep
running, pass `systemd-analyze verify`, and what they start works: the scheduler publishes a
due page and stops on SIGTERM with exit status 0; gunicorn answers."""

import configparser
import os
import re
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.network import free_port, wait_for_port
from tests.portal.test_scheduler import killed_if_left_running, wait_while_running
from tests.portal.test_settings import run_manage

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
INSTALLED_AT = "/srv/portal"
STRONG_KEY = "u" * 20 + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"


def read_unit(name):
    # strict=False: systemd allows a key more than once; interpolation off for % specifiers.
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str
    parser.read(UNITS / name, encoding="utf-8")
    return parser


def exec_start(unit):
    """ExecStart's words, with the installation directory mapped to this checkout."""
    words = shlex.split(unit["Service"]["ExecStart"])
    return [word.replace(INSTALLED_AT, str(ROOT), 1) for word in words]


def unit_environment(unit):
    return dict(item.split("=", 1) for item in shlex.split(unit["Service"]["Environment"]))


@pytest.mark.parametrize("name", ["portal-gunicorn.service", "portal-scheduler.service"])
def test_units_run_the_repositorys_files_as_an_unprivileged_hardened_service(name):
    service = read_unit(name)["Service"]
    assert service["User"] == "portal"
    assert service["WorkingDirectory"] == INSTALLED_AT
    assert service["EnvironmentFile"] == "/etc/portal/portal.env"
    assert unit_environment(read_unit(name))["DJANGO_SETTINGS_MODULE"] == (
        "portal.settings.production"
    )
    for key in ("NoNewPrivileges", "PrivateTmp", "ProtectHome"):
        assert service[key] == "yes", key
    assert service["ProtectSystem"] == "strict"
    assert service["ReadWritePaths"] == f"{INSTALLED_AT}/media"

    program, *arguments = shlex.split(service["ExecStart"])
    assert program.startswith(f"{INSTALLED_AT}/.venv/bin/")
    files = [a for a in arguments if a.startswith(f"{INSTALLED_AT}/")]
    assert files, "ExecStart names no file of the checkout"
    for path in files:
        assert (ROOT / path.removeprefix(f"{INSTALLED_AT}/")).is_file(), path


def test_gunicorn_unit_serves_the_wsgi_app_with_the_repositorys_config():
    words = shlex.split(read_unit("portal-gunicorn.service")["Service"]["ExecStart"])
    assert words == [
        f"{INSTALLED_AT}/.venv/bin/gunicorn",
        "-c",
        f"{INSTALLED_AT}/deploy/gunicorn.conf.py",
        "portal.wsgi",
    ]
    assert read_unit("portal-gunicorn.service")["Service"]["Restart"] == "on-failure"


def test_scheduler_unit_runs_the_loop_and_always_restarts_it():
    service = read_unit("portal-scheduler.service")["Service"]
    words = shlex.split(service["ExecStart"])
    assert words[:3] == [
        f"{INSTALLED_AT}/.venv/bin/python",
        f"{INSTALLED_AT}/manage.py",
        "run_scheduler",
    ]
    assert service["Restart"] == "always"


def test_systemd_analyze_verify_accepts_the_units(tmp_path):
    if not shutil.which("systemd-analyze"):
        pytest.skip("systemd-analyze is not installed: the units were not verified by systemd")
    # verify checks that ExecStart's programs exist: point them at this checkout.
    for unit in UNITS.glob("*.service"):
        text = unit.read_text(encoding="utf-8").replace(INSTALLED_AT, str(ROOT))
        (tmp_path / unit.name).write_text(text, encoding="utf-8")
    result = subprocess.run(
        ["systemd-analyze", "verify", *sorted(str(p) for p in tmp_path.glob("*.service"))],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == ""  # an unknown key is only a warning


def settings_environment_names():
    """Every environment variable the production settings and gunicorn's config read."""
    sources = [
        *sorted((ROOT / "portal" / "settings").glob("*.py")),
        ROOT / "deploy" / "gunicorn.conf.py",
    ]
    sources.append(ROOT / "portal" / "backup.py")  # BACKUP_DIR
    pattern = re.compile(
        r"""(?:env_\w+\(|environ(?:\.get)?\(|environ\[)\s*["']([A-Z][A-Z0-9_]*)["']"""
    )
    names = set()
    for source in sources:
        names |= set(pattern.findall(source.read_text(encoding="utf-8")))
    return names - {"DEBUG"}  # production settings force DEBUG off


def test_the_environment_example_lists_every_variable_and_parses():
    lines = (ROOT / "deploy" / "portal.env.example").read_text(encoding="utf-8").splitlines()
    assignment = re.compile(r'^#?([A-Z][A-Z0-9_]*)=(\S*|"[^"]*")$')
    listed = set()
    for line in lines:
        if match := assignment.match(line):
            listed.add(match.group(1))
        else:
            assert not line or line.startswith("#"), f"not KEY=value: {line!r}"
    missing = settings_environment_names() - listed
    assert not missing, f"read by the settings but not in deploy/portal.env.example: {missing}"
    for later in ("EMAIL_URL", "SENTRY_DSN", "CSP_REPORT_ONLY", "TRUSTED_PROXY_COUNT"):
        assert later in listed
    assert {"LOGIN_FAILURE_LIMIT", "SEARCH_RATE", "BACKUP_DIR"} <= listed


@pytest.fixture(scope="module")
def production_env(tmp_path_factory):
    """A migrated SQLite file and the environment a unit would get from portal.env."""
    work = tmp_path_factory.mktemp("unit")
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "LOG_LEVEL"}},
        **unit_environment(read_unit("portal-scheduler.service")),
        "SECRET_KEY": STRONG_KEY,
        "ALLOWED_HOSTS": "summit.example.org,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{work / 'portal.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "SECURE_SSL_REDIRECT": "false",
    }
    manage = [sys.executable, "manage.py"]
    subprocess.run([*manage, "migrate", "-v0"], cwd=ROOT, env=env, check=True, timeout=300)
    subprocess.run([*manage, "createcachetable"], cwd=ROOT, env=env, check=True, timeout=60)
    return env, work / "portal.sqlite3"


DUE_PAGE = """
import datetime as dt
import time_machine
from django.utils import timezone
from wagtail.models import Page
from tests.factories import HomePageFactory, StandardPageFactory
go_live_at = timezone.now() - dt.timedelta(hours=1)
with time_machine.travel(go_live_at - dt.timedelta(hours=1), tick=False):
    home = HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="unit-home")
    page = StandardPageFactory(parent=home, title="Due", slug="due", live=False)
    page.go_live_at = go_live_at
    page.save_revision().publish()
print(page.pk)
"""


def test_the_scheduler_as_the_unit_runs_it_publishes_and_stops_on_sigterm(production_env):
    env, database = production_env
    created = run_manage("shell", "--no-imports", "-c", DUE_PAGE, env_overrides=env)
    assert created.returncode == 0, created.stderr
    page_id = int(created.stdout.split()[-1])

    def live():
        with sqlite3.connect(database) as db:
            return db.execute(
                "SELECT live FROM wagtailcore_page WHERE id = ?", [page_id]
            ).fetchone()[0]

    assert not live()
    unit = read_unit("portal-scheduler.service")
    scheduler = subprocess.Popen(
        exec_start(unit),
        cwd=unit["Service"]["WorkingDirectory"].replace(INSTALLED_AT, str(ROOT)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    with killed_if_left_running(scheduler):
        wait_while_running(scheduler, live, 60, lambda: scheduler.stderr.read())
        scheduler.send_signal(signal.SIGTERM)
        # Generous: the loop waits --interval (30 s) between runs, but a signal ends the wait.
        assert scheduler.wait(timeout=10) == 0


def test_gunicorn_as_the_unit_runs_it_answers(production_env):
    env, _database = production_env
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "1"}
    server = subprocess.Popen(
        exec_start(read_unit("portal-gunicorn.service")),
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for_port(port, timeout=60, process=server), "gunicorn did not start"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=20) as response:
            assert response.status == 200
            assert b"Sitemap:" in response.read()
    finally:
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=40) == 0
