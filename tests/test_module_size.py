"""Issue 12's layout rule: small modules. No Python module of the project (outside
migrations) is over 400 lines; split it by layer (queries, structured_data, views) instead."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["portal", "events", "awards", "news", "comments", "demo", "bench", "tests"]
MAX_LINES = 400

MODULES = sorted(
    path
    for package in PACKAGES
    for path in (ROOT / package).rglob("*.py")
    if "migrations" not in path.parts
)


def test_the_rule_sees_the_apps():
    assert len(MODULES) > 100


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_is_over_400_lines(path):
    lines = path.read_text().count("\n")
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines"
