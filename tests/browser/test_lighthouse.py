"""Lighthouse gate: 100 for accessibility, best practices and SEO, and at least 98 for
performance, with the desktop and the mobile preset, on the pages most visitors see.

Search results are `noindex` by design (STYLE.md), so their SEO may lose exactly the
"is-crawlable" audit and nothing else.

All runs happen once for the module, one after another, each in a fresh Chromium
(tests/browser/lighthouse.py); the tests then read their page's result. The group keeps
them on one pytest-xdist worker (`--dist loadgroup` in pyproject.toml): measured once,
never two Lighthouse runs at a time. The scores go to test-artifacts/lighthouse.md.

    .venv/bin/pytest -n 0 tests/browser/test_lighthouse.py
"""

from pathlib import Path

import pytest
from django.conf import settings

from . import lighthouse
from .helpers import key_pages

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db,
    pytest.mark.xdist_group("lighthouse"),
]

PAGES = [
    "home",
    "news index",
    "article",
    "summit edition",
    "sub-forum",
    "awards index",
    "award programme",
    "award edition",
    "search results",
]
PRESETS = ["desktop", "mobile"]
NOINDEX = {"search results": {"is-crawlable"}}
TABLE = Path(settings.BASE_DIR) / "test-artifacts" / "lighthouse.md"


@pytest.fixture(scope="module")
def results(live_site, django_db_blocker):
    reason = lighthouse.missing_reason()
    if reason:
        pytest.skip(reason)
    with django_db_blocker.unblock():
        paths = dict(key_pages())
    cases = [(label, paths[label], preset) for label in PAGES for preset in PRESETS]
    measured = lighthouse.audit(
        [{"url": live_site.url + path, "preset": preset} for _label, path, preset in cases]
    )
    rows = [(*case, result) for case, result in zip(cases, measured, strict=True)]
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(
        "# Lighthouse scores\n\n"
        f"Lighthouse {measured[0].get('lighthouseVersion', '?')}, "
        "`.venv/bin/pytest -n 0 tests/browser/test_lighthouse.py`\n\n"
        + lighthouse.markdown_table(rows)
    )
    print(f"Lighthouse scores: {TABLE}")
    return {(label, preset): (path, result) for label, path, preset, result in rows}


def _failing(result, category, allowed=()):
    return [
        f"{audit['id']} ({audit['score']}): {audit['title']} {audit['displayValue']}".strip()
        for audit in result["failing"]
        if audit["category"] == category and audit["id"] not in allowed
    ]


@pytest.mark.parametrize("preset", PRESETS)
@pytest.mark.parametrize("label", PAGES)
def test_lighthouse_scores(results, label, preset):
    path, result = results[(label, preset)]
    assert not result.get("runtimeError"), f"{path}: Lighthouse failed: {result['runtimeError']}"
    scores = result["scores"]
    problems = []
    for category in ("accessibility", "best-practices", "seo"):
        allowed = NOINDEX.get(label, ()) if category == "seo" else ()
        failing = _failing(result, category, allowed)
        if failing or (scores[category] < 100 and not allowed):
            problems.append(f"{category} {scores[category]}: " + "; ".join(failing))
    if scores["performance"] < lighthouse.PERFORMANCE_BAR:
        problems.append(
            f"performance {scores['performance']} < {lighthouse.PERFORMANCE_BAR}: "
            + "; ".join(_failing(result, "performance"))
            + f" ({'; '.join(result['notes'])})"
        )
    assert not problems, f"{label} ({path}, {preset}):\n  " + "\n  ".join(problems)


def test_the_noindex_exception_is_real(results):
    """Search results really are noindex (the one SEO audit they lose), and the home page
    is not: the exception above hides nothing else."""
    for preset in PRESETS:
        _path, search = results[("search results", preset)]
        seo = [audit["id"] for audit in search["failing"] if audit["category"] == "seo"]
        assert seo == ["is-crawlable"], seo
        _path, home = results[("home", preset)]
        assert home["scores"]["seo"] == 100
