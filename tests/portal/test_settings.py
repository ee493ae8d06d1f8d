import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k" * 20 + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"


def run_manage(*args, env_overrides):
    dropped = {"DATABASE_URL", "REDIS_URL", "LOG_LEVEL", "EMAIL_URL", "EMAIL_HOST"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "summit.example.org",
            "EMAIL_URL": "smtp://mailer:secret@mail.example.org:587/?tls=True",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_mail_server_fails_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={**PRODUCTION_ENV, "EMAIL_URL": "", "EMAIL_HOST": ""},
    )
    assert result.returncode != 0
    assert "portal.W001" in result.stderr + result.stdout
    assert "No mail server is configured" in result.stderr + result.stdout


MAIL_SETTINGS = (
    "from django.conf import settings;"
    "print([settings.EMAIL_BACKEND, settings.EMAIL_HOST, settings.EMAIL_PORT,"
    " settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD, settings.EMAIL_USE_TLS,"
    " settings.EMAIL_USE_SSL, settings.EMAIL_TIMEOUT, settings.DEFAULT_FROM_EMAIL])"
)
SMTP = "django.core.mail.backends.smtp.EmailBackend"
UNSET = ["localhost", 25, "", "", False, False, 10, "webmaster@localhost"]  # defaults


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        (
            {"EMAIL_URL": "smtp://mailer:s%40cret@mail.example.org:587/?tls=True"},
            [
                SMTP,
                "mail.example.org",
                587,
                "mailer",
                "s@cret",
                True,
                False,
                10,
                "webmaster@localhost",
            ],
        ),
        (
            {
                "EMAIL_URL": "smtp://mail.example.org:465/?ssl=True&timeout=5",
                "DEFAULT_FROM_EMAIL": "Summit <news@example.org>",
            },
            [SMTP, "mail.example.org", 465, "", "", False, True, 5, "Summit <news@example.org>"],
        ),
        (
            {"EMAIL_URL": "console://"},
            ["django.core.mail.backends.console.EmailBackend", *UNSET],
        ),
        (
            {"EMAIL_URL": "dummy"},
            ["django.core.mail.backends.dummy.EmailBackend", *UNSET],
        ),
        (
            {
                "EMAIL_HOST": "relay.example.org",
                "EMAIL_PORT": "2525",
                "EMAIL_HOST_USER": "relay",
                "EMAIL_HOST_PASSWORD": "pw",
                "EMAIL_USE_TLS": "true",
                "EMAIL_TIMEOUT": "3",
                "DEFAULT_FROM_EMAIL": "news@example.org",
            },
            [SMTP, "relay.example.org", 2525, "relay", "pw", True, False, 3, "news@example.org"],
        ),
    ],
)
def test_production_mail_settings_come_from_the_environment(environment, expected):
    overrides = {**PRODUCTION_ENV, **environment}
    result = run_manage("shell", "--no-imports", "-c", MAIL_SETTINGS, env_overrides=overrides)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[0] == repr(expected)


def test_an_unknown_email_url_scheme_is_refused_at_start():
    overrides = {**PRODUCTION_ENV, "EMAIL_URL": "carrier-pigeon://loft"}
    result = run_manage("check", env_overrides=overrides)
    assert result.returncode != 0
    assert "EMAIL_URL must start with" in result.stderr


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "summit.example.org",
}


@pytest.mark.parametrize(
    ("log_level", "expected"),
    [(None, "INFO"), ("", "INFO"), ("DEBUG", "DEBUG"), ("error", "ERROR")],
)
def test_production_logs_at_info_unless_log_level_says_otherwise(log_level, expected):
    code = (
        "import logging;"
        "from django.conf import settings;"
        "print(settings.LOGGING['root']['level']);"
        "print(logging.getLevelName(logging.getLogger().level))"
    )
    overrides = dict(PRODUCTION_ENV)
    if log_level is not None:
        overrides["LOG_LEVEL"] = log_level
    result = run_manage("shell", "--no-imports", "-c", code, env_overrides=overrides)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[:2] == [expected, expected]


@pytest.mark.parametrize("key", ["", "dev-only-insecure-key-never-use-in-production", "short"])
def test_production_settings_refuse_a_weak_secret_key(key):
    result = run_manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": key,
            "ALLOWED_HOSTS": "summit.example.org",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_settings_read_from_environment():
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE']);"
        "print(settings.CACHES['default']['BACKEND']);"
        "print(settings.ALLOWED_HOSTS);"
        "print(settings.CSRF_TRUSTED_ORIGINS);"
        "print(settings.WAGTAILADMIN_BASE_URL);"
        "print(settings.STORAGES['default']['BACKEND'])"
    )
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": "postgres://someone@db.example:5432/portal",
            "REDIS_URL": "redis://cache.example:6379/1",
            "ALLOWED_HOSTS": "a.example,b.example",
            "CSRF_TRUSTED_ORIGINS": "https://a.example",
            "WAGTAILADMIN_BASE_URL": "https://a.example",
            "AWS_STORAGE_BUCKET_NAME": "portal-media",
        },
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.split("\n")
    assert lines[0] == "django.db.backends.postgresql"
    assert lines[1] == "django_redis.cache.RedisCache"
    assert lines[2] == "['a.example', 'b.example']"
    assert lines[3] == "['https://a.example']"
    assert lines[4] == "https://a.example"
    assert lines[5] == "storages.backends.s3.S3Storage"


def test_defaults_are_sqlite_and_a_cache_every_process_shares():
    """Without REDIS_URL the server, the scheduler and every worker share the database
    cache (local memory would give each process its own, stale after another's publish)."""
    code = (
        "from django.conf import settings;"
        "print(settings.DATABASES['default']['ENGINE']);"
        "print(settings.CACHES['default']['BACKEND']);"
        "print(settings.CACHES[settings.PAGE_CACHE_ALIAS]['BACKEND'])"
    )
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        env_overrides={"DJANGO_SETTINGS_MODULE": "portal.settings.dev"},
    )
    assert result.stdout.split("\n")[:3] == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.db.DatabaseCache",
        "django.core.cache.backends.db.DatabaseCache",
    ]
