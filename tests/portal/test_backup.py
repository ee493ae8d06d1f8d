"""`manage.py backup` and `manage.py restore` (`make backup`, `make restore`) round-trip the
demo site: every page and revision, every row and every media file comes back, checked
against the backup's manifest; a target with data is refused without --yes, and a damaged
file is reported with a non-zero exit."""

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]

SNAPSHOT = """
import hashlib, json
from pathlib import Path
from django.apps import apps
from django.conf import settings
from wagtail.models import Page
pages = [
    [p.id, p.title, p.url_path, p.live, p.latest_revision.content if p.latest_revision else None]
    for p in Page.objects.order_by("id").select_related("latest_revision")
]
counts = {
    m._meta.label: m._base_manager.count()
    for m in apps.get_models(include_auto_created=True)
    if m._meta.managed and not m._meta.proxy
}
root = Path(settings.MEDIA_ROOT)
files = {
    p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
    for p in sorted(root.rglob("*")) if p.is_file()
}
print(json.dumps({"pages": pages, "counts": counts, "files": files}))
"""


class Site:
    """A database and a media directory, reached by manage.py in a subprocess."""

    def __init__(self, database_url, media, backups):
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "LOG_LEVEL"}},
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DEBUG": "false",
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(media),
            "BACKUP_DIR": str(backups),
        }
        self.media = media

    def manage(self, *args, check=True):
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def snapshot(self):
        output = self.manage("shell", "--no-imports", "-c", SNAPSHOT).stdout
        return json.loads(output.strip().splitlines()[-1])


def _postgres_admin():
    import psycopg

    db = dj_database_url.parse(os.environ["DATABASE_URL"])
    return psycopg.connect(
        dbname="postgres",
        user=db["USER"],
        password=db["PASSWORD"] or None,
        host=db["HOST"] or None,
        port=db["PORT"] or None,
        autocommit=True,
    ), db


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def databases(request, tmp_path_factory):
    """Two database URLs, a source and an empty restore target, of the given vendor."""
    work = tmp_path_factory.mktemp(request.param)
    if request.param == "sqlite":
        yield work, f"sqlite:///{work / 'source.sqlite3'}", f"sqlite:///{work / 'restored.sqlite3'}"
        return
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("needs DATABASE_URL on PostgreSQL (CI's second run)")
    admin, db = _postgres_admin()
    names = [f"{db['NAME']}_backup_{os.getpid()}", f"{db['NAME']}_restore_{os.getpid()}"]
    for name in names:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    server = f"{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    try:
        yield work, *[f"postgres://{server}/{name}" for name in names]
    finally:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


@pytest.fixture(scope="module")
def demo_backup(databases):
    """The demo loaded into the source, its snapshot, and one backup of it."""
    work, source_url, target_url = databases
    source = Site(source_url, work / "media", work / "backups")
    source.manage("migrate", "-v0")
    source.manage("load_demo")
    before = source.snapshot()
    output = source.manage("backup").stdout
    [directory] = list((work / "backups").iterdir())
    assert f"Backup written to {directory}" in output
    return source, before, directory, target_url, work


def test_backup_writes_a_timestamped_directory_with_a_manifest(demo_backup):
    source, before, directory, _target, work = demo_backup
    assert directory.parent == work / "backups"
    assert len(directory.name) == len("20261202T204648Z") and directory.name.endswith("Z")
    manifest = json.loads((directory / "manifest.json").read_text())
    vendor = manifest["database"]["vendor"]
    assert vendor == ("postgresql" if "postgres" in source.env["DATABASE_URL"] else "sqlite")
    assert (directory / manifest["database"]["file"]).is_file()
    assert set(manifest["versions"]) >= {"django", "wagtail"}
    assert manifest["counts"] == before["counts"]
    assert manifest["counts"]["wagtailcore.Page"] == len(before["pages"]) > 20
    files = {entry["path"]: entry["sha256"] for entry in manifest["media"]["files"]}
    assert files == before["files"] and files
    with tarfile.open(directory / "media.tar") as archive:
        assert sorted(archive.getnames()) == sorted(files)


def test_restore_into_a_fresh_database_and_media_directory_gives_back_everything(demo_backup):
    _source, before, directory, target_url, work = demo_backup
    target = Site(target_url, work / "restored-media", work / "backups")
    result = target.manage("restore", str(directory))
    assert "verified" in result.stdout
    after = target.snapshot()
    assert after["pages"] == before["pages"]
    assert after["files"] == before["files"]
    assert after["counts"] == before["counts"]
    # The restored site is the demo: a second restore has to be asked for.
    again = target.manage("restore", str(directory), check=False)
    assert again.returncode != 0
    assert "target database has data" in again.stderr and "--yes" in again.stderr
    assert "verified" in target.manage("restore", str(directory), "--yes").stdout


def test_restore_refuses_a_database_with_data_without_yes(demo_backup):
    source, before, directory, _target, _work = demo_backup
    result = source.manage("restore", str(directory), check=False)
    assert result.returncode != 0
    assert "The target database has data" in result.stderr and "--yes" in result.stderr
    assert source.snapshot() == before  # nothing touched


def test_a_damaged_media_file_in_the_backup_is_reported_with_a_non_zero_exit(demo_backup, tmp_path):
    _source, _before, directory, target_url, work = demo_backup
    damaged = tmp_path / directory.name
    damaged.mkdir()
    for name in ("manifest.json", "media.tar", *[p.name for p in directory.glob("database.*")]):
        (damaged / name).write_bytes((directory / name).read_bytes())
    with tarfile.open(damaged / "media.tar") as archive:
        member = next(m for m in archive.getmembers() if m.isfile() and m.size > 100)
    with open(damaged / "media.tar", "r+b") as stream:  # a flipped byte, as disks do
        stream.seek(member.offset_data + 50)
        byte = stream.read(1)
        stream.seek(member.offset_data + 50)
        stream.write(bytes([byte[0] ^ 0xFF]))

    target = Site(target_url, work / "damaged-media", work / "backups")
    result = target.manage("restore", str(damaged), "--yes", check=False)
    assert result.returncode != 0
    assert f"media file differs from the backup (sha256): {member.name}" in result.stderr


def test_the_backup_directory_is_not_committed():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "backups/20261202T204648Z/manifest.json"], cwd=ROOT
    )
    assert ignored.returncode == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "manifest.json not found: not a backup directory"),
        ("{not json", "manifest.json is not valid JSON"),
        ('{"format": 99}', "unknown backup format 99"),
    ],
)
def test_restore_of_something_that_is_not_a_backup_is_refused_plainly(tmp_path, content, message):
    from django.core.management import CommandError, call_command

    if content is not None:
        (tmp_path / "manifest.json").write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("restore", str(tmp_path))
