"""The Simplified Chinese catalogue: complete, in step with the code, and compiled."""

import re
import shutil
import subprocess
import sys

import polib
import pytest

from tests.i18n import CHINESE_PO, ROOT

PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%%|\{\{ *[a-z_.]+ *\}\}")
# What the copy of the tree needs for makemessages: the code and the templates, not the
# virtualenv, the npm packages or what the site writes at run time.
NOT_COPIED = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "media", "static_collected", "backups", "test-artifacts",
    "__pycache__", "*.mo", "*.sqlite3", ".pytest_cache", ".ruff_cache", ".hypothesis",
)  # fmt: skip


def catalogue(path=CHINESE_PO):
    return polib.pofile(str(path))


def key(entry):
    return (entry.msgctxt, entry.msgid, entry.msgid_plural)


def test_every_message_is_translated_and_none_is_fuzzy():
    po = catalogue()
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    obsolete = [entry.msgid for entry in po.obsolete_entries()]
    assert len(po) > 1000
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy (check and untick): {fuzzy}"
    assert not obsolete, f"obsolete (run make messages): {obsolete}"
    assert not po.metadata_is_fuzzy
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert po.metadata["Language"] == "zh_Hans"


def test_translations_keep_the_placeholders():
    wrong = []
    for entry in catalogue():
        if entry.msgid_plural:
            # One form for every count: it names what the plural names.
            expected = sorted(PLACEHOLDER.findall(entry.msgid_plural))
            got = [sorted(PLACEHOLDER.findall(text)) for text in entry.msgstr_plural.values()]
            if got != [expected]:
                wrong.append(entry.msgid)
        elif sorted(PLACEHOLDER.findall(entry.msgid)) != sorted(PLACEHOLDER.findall(entry.msgstr)):
            wrong.append(entry.msgid)
    assert not wrong


@pytest.mark.skipif(not shutil.which("msgfmt"), reason="GNU gettext (msgfmt) is not installed")
def test_the_catalogue_compiles_and_is_compiled():
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(CHINESE_PO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr
    mo = CHINESE_PO.with_suffix(".mo")
    assert mo.exists(), "run `make compilemessages`"
    assert mo.stat().st_mtime >= CHINESE_PO.stat().st_mtime


@pytest.mark.skipif(not shutil.which("xgettext"), reason="GNU gettext is not installed")
def test_the_catalogue_is_up_to_date_with_the_code(tmp_path):
    """makemessages on a copy of the tree finds exactly the messages of the committed .po: a
    new or changed string in the code or a template fails here until `make messages` ran and
    the new message is translated."""
    tree = tmp_path / "tree"
    shutil.copytree(ROOT, tree, ignore=NOT_COPIED, symlinks=True)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "zh_Hans", "--no-obsolete"],
        cwd=tree,
        check=True,
        capture_output=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "portal.settings.test"},
    )
    extracted = {key(entry) for entry in catalogue(tree / CHINESE_PO.relative_to(ROOT))}
    committed = {key(entry) for entry in catalogue()}
    assert sorted(extracted - committed, key=str) == [], "new in the code: run make messages"
    assert sorted(committed - extracted, key=str) == [], "gone from the code: run make messages"


def test_the_projects_makemessages_skips_what_is_not_its_own(monkeypatch):
    from django.core.management.commands import makemessages as django_makemessages

    from portal.management.commands.makemessages import Command

    seen = {}
    monkeypatch.setattr(
        django_makemessages.Command, "handle", lambda self, *args, **options: seen.update(options)
    )
    Command().handle(ignore_patterns=["extra"], add_location=None, locale=["zh_Hans"])

    assert {"extra", ".venv", "node_modules", "bench", "tests"} <= set(seen["ignore_patterns"])
    assert seen["add_location"] == "file"
