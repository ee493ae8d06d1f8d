"""Backups of the database and the media files, and their restore (`manage.py backup`,
`manage.py restore`, `make backup`, `make restore`).

A backup is a directory under BACKUP_DIR (default ./backups) named by its UTC time:
  database.dump      PostgreSQL: `pg_dump --format=custom`
  database.sqlite3   SQLite: a copy made with SQLite's online backup API (never a file copy)
  media.tar          the files under MEDIA_ROOT
  manifest.json      when, which database, Django and Wagtail versions, the rows of every
                     model, and the path, size and sha256 of every media file
The database and the media are streamed to and from disk, never held in memory. A backup is
written to `<name>.partial` and renamed when complete, so a directory without that suffix is
whole.
"""

import datetime as dt
import hashlib
import json
import os
import platform
import sqlite3
import subprocess
import tarfile
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connections, transaction

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar"
DUMP_FILES = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}
CHUNK = 1024 * 1024
SQLITE_PAGES_PER_STEP = 1024
FORMAT = 1


class BackupError(Exception):
    """A backup or a restore that cannot go on; the message says why."""


def backup_root():
    return Path(os.environ.get("BACKUP_DIR") or "backups")


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """A file read once: into the archive, and through sha256 on the way."""

    def __init__(self, stream):
        self.stream = stream
        self.digest = hashlib.sha256()

    def read(self, size=-1):
        data = self.stream.read(size)
        self.digest.update(data)
        return data


def media_root():
    """The local media directory, or None when media live in object storage."""
    if isinstance(default_storage, FileSystemStorage):
        return Path(default_storage.location)
    return None


def _media_files(root):
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def _tables(connection):
    """{model label: table} for every concrete model whose table exists."""
    existing = set(connection.introspection.table_names())
    tables = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and not meta.swapped and meta.db_table in existing:
            tables[meta.label] = meta.db_table
    return dict(sorted(tables.items()))


def _count_rows(cursor, tables, quote):
    counts = {}
    for label, table in tables.items():
        cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")
        counts[label] = cursor.fetchone()[0]
    return counts


def _postgres_command(connection, program, dbname_option):
    """`program` with the connection's options and password (Django's own dbshell logic)."""
    args, env = connection.client.settings_to_cmd_args_env(connection.settings_dict, [])
    args = args[1:]
    name = connection.settings_dict.get("NAME")
    if name and args and args[-1] == name:
        args = args[:-1] + ([f"--dbname={name}"] if dbname_option else [name])
    return [program, *args], {**os.environ, **(env or {})}


def _run(command, env):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True)
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        ) from error
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _dump_postgres(connection, target):
    """pg_dump and the row counts from one snapshot, so the manifest matches the dump."""
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        command, env = _postgres_command(connection, "pg_dump", dbname_option=False)
        command[1:1] = ["--format=custom", f"--snapshot={snapshot}", f"--file={target}"]
        _run(command, env)
        return _count_rows(cursor, _tables(connection), connection.ops.quote_name)


def _sqlite_copy(source_path, target_path):
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    target = sqlite3.connect(target_path)
    try:
        with target:
            source.backup(target, pages=SQLITE_PAGES_PER_STEP)
    finally:
        source.close()
        target.close()


def _dump_sqlite(connection, target):
    name = str(connection.settings_dict["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("An in-memory SQLite database cannot be backed up.")
    _sqlite_copy(name, target)
    copy = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    try:
        return _count_rows(copy.cursor(), _tables(connection), connection.ops.quote_name)
    finally:
        copy.close()


def _archive_media(root, target):
    entries = []
    with tarfile.open(target, "w") as archive:
        for path in _media_files(root):
            name = path.relative_to(root).as_posix()
            info = archive.gettarinfo(str(path), arcname=name)
            with open(path, "rb") as stream:
                reader = _HashingReader(stream)
                archive.addfile(info, reader)
            entries.append({"path": name, "size": info.size, "sha256": reader.digest.hexdigest()})
    return entries


def _new_directory(root):
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1, 100):
        name = stamp if n == 1 else f"{stamp}-{n}"
        final = root / name
        partial = root / f"{name}.partial"
        if not final.exists() and not partial.exists():
            partial.mkdir(parents=True)
            return partial, final
    raise BackupError(f"Too many backups named {stamp} in {root}")


def create_backup(root=None, database="default"):
    """Write a new backup under `root` (BACKUP_DIR) and return its directory."""
    connection = connections[database]
    vendor = connection.vendor
    if vendor not in DUMP_FILES:
        raise BackupError(f"Backups of {vendor} databases are not supported.")
    partial, final = _new_directory(Path(root) if root else backup_root())
    created = dt.datetime.now(dt.UTC)
    dump = partial / DUMP_FILES[vendor]
    counts = (_dump_postgres if vendor == "postgresql" else _dump_sqlite)(connection, dump)
    media = media_root()
    manifest = {
        "format": FORMAT,
        "created": created.isoformat(),
        "database": {
            "vendor": vendor,
            "file": dump.name,
            "size": dump.stat().st_size,
            "sha256": sha256_of(dump),
        },
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
        },
        "counts": counts,
        "media": None,
    }
    if media is not None:
        files = _archive_media(media, partial / MEDIA_ARCHIVE)
        manifest["media"] = {"archive": MEDIA_ARCHIVE, "files": files}
    (partial / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    partial.rename(final)
    return final


def read_manifest(directory):
    path = Path(directory) / MANIFEST
    if Path(directory).name.endswith(".partial"):
        raise BackupError(f"{directory} is an unfinished backup.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise BackupError(f"{path} not found: not a backup directory.") from error
    except ValueError as error:
        raise BackupError(f"{path} is not valid JSON: {error}") from error
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: unknown backup format {manifest.get('format')!r}.")
    return manifest


def existing_data(connection):
    """Names of the target database's tables that hold rows."""
    tables = connection.introspection.table_names()
    filled = []
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT 1 FROM {connection.ops.quote_name(table)} LIMIT 1")
            if cursor.fetchone():
                filled.append(table)
    return filled


def _restore_postgres(connection, dump):
    connection.close()
    command, env = _postgres_command(connection, "pg_restore", dbname_option=True)
    command[1:1] = [
        "--clean",
        "--if-exists",
        "--no-owner",
        "--single-transaction",
        "--exit-on-error",
    ]
    _run([*command, str(dump)], env)


def _restore_sqlite(connection, dump):
    connection.close()
    _sqlite_copy(dump, str(connection.settings_dict["NAME"]))


def _extract_media(archive_path, root):
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:") as archive:
        # "data": no absolute paths, no "..", no links out of the media directory.
        archive.extractall(root, filter="data")


def verify(manifest, connection, root):
    """What differs from the manifest after a restore: a list of plain sentences."""
    problems = []
    with connection.cursor() as cursor:
        tables = _tables(connection)
        counts = _count_rows(cursor, tables, connection.ops.quote_name)
    for label, expected in manifest["counts"].items():
        if counts.get(label) != expected:
            problems.append(f"{label}: {counts.get(label)} rows, the backup has {expected}")
    for entry in (manifest["media"] or {}).get("files", []):
        path = root / entry["path"]
        if not path.is_file():
            problems.append(f"media file missing: {entry['path']}")
        elif path.stat().st_size != entry["size"] or sha256_of(path) != entry["sha256"]:
            problems.append(f"media file differs from the backup (sha256): {entry['path']}")
    return problems


def restore_backup(directory, database="default", replace=False):
    """Put the backup in `directory` back; returns the number of verified media files."""
    directory = Path(directory)
    manifest = read_manifest(directory)
    connection = connections[database]
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"The backup is of a {vendor} database, the target is {connection.vendor}."
        )
    dump = directory / manifest["database"]["file"]
    if not dump.is_file() or sha256_of(dump) != manifest["database"]["sha256"]:
        raise BackupError(f"{dump} is missing or damaged (its sha256 differs from the manifest).")
    media = media_root()
    if manifest["media"] is not None:
        if media is None:
            raise BackupError("The backup has media files but MEDIA_ROOT is not in use.")
        if not (directory / manifest["media"]["archive"]).is_file():
            raise BackupError(f"{directory / manifest['media']['archive']} is missing.")
    if not replace:
        filled = existing_data(connection)
        if filled:
            shown = ", ".join(filled[:5]) + (" ..." if len(filled) > 5 else "")
            raise BackupError(
                f"The target database has data ({len(filled)} tables with rows: {shown}). "
                "Pass --yes to replace it with the backup."
            )
        if media is not None and _media_files(media):
            raise BackupError(
                f"The media directory {media} has files. Pass --yes to restore over them."
            )
    (_restore_postgres if vendor == "postgresql" else _restore_sqlite)(connection, dump)
    if manifest["media"] is not None:
        _extract_media(directory / manifest["media"]["archive"], media)
    problems = verify(manifest, connection, media)
    if problems:
        raise BackupError("Restored, but it does not match the backup:\n  " + "\n  ".join(problems))
    return len((manifest["media"] or {}).get("files", []))
