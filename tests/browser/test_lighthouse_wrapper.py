"""The Lighthouse wrapper's own logic, without Node or a browser: when it measures
performance again, with which CPU slowdown, and what it keeps of each run."""

import pytest

from . import lighthouse


def result(performance, benchmark=750, multiplier=4, failing=()):
    return {
        "scores": {"performance": performance, "accessibility": 100, "seo": 100},
        "benchmarkIndex": benchmark,
        "cpuSlowdownMultiplier": multiplier,
        "failing": list(failing),
    }


@pytest.mark.parametrize(
    ("benchmark", "multiplier", "expected"),
    [
        (750, 4, 2.0),  # a loaded CI host: half the reference, half the slowdown
        (1500, 4, 4.0),  # the host the mobile preset assumes
        (2400, 4, 4.0),  # a faster host is never slowed more than the preset says
        (300, 4, 1.0),  # never a "speed-up" under 1
        (750, 1, 1.0),  # the desktop preset does not throttle the CPU at all
    ],
)
def test_slowdown_follows_the_hosts_benchmark(benchmark, multiplier, expected):
    assert lighthouse._calibrated_slowdown(result(90, benchmark, multiplier)) == expected


def test_only_performance_under_the_bar_is_measured_again(monkeypatch):
    tbt = {"category": "performance", "id": "total-blocking-time", "score": 0.5}
    contrast = {"category": "accessibility", "id": "color-contrast", "score": 0}
    calls = []

    def fake_run(jobs):
        calls.append(jobs)
        if len(calls) == 1:
            return [result(99), result(91, failing=[tbt, contrast])]
        return [result(99, multiplier=jobs[0]["cpuSlowdown"])]

    monkeypatch.setattr(lighthouse, "run", fake_run)
    jobs = [{"url": "http://x/a/", "preset": "mobile"}, {"url": "http://x/b/", "preset": "mobile"}]

    fine, rerun = lighthouse.audit(jobs)

    assert calls[1] == [
        {"url": "http://x/b/", "preset": "mobile", "cpuSlowdown": 2.0, "only": ["performance"]}
    ]
    assert fine["scores"]["performance"] == 99 and fine["notes"] == []
    assert rerun["scores"]["performance"] == 99
    # The other categories' findings stay; the first run's performance ones go.
    assert rerun["failing"] == [contrast]
    assert "perf 91 at CPU ×4 (benchmarkIndex 750), rerun at ×2.0" in rerun["notes"]


def test_the_table_has_a_row_per_page_and_preset():
    table = lighthouse.markdown_table(
        [("home", "/", "desktop", result(100)), ("home", "/", "mobile", result(97))]
    )

    lines = table.splitlines()
    assert len(lines) == 4
    assert lines[3].startswith("| home | `/` | mobile | 97 | 100 | – | 100 | 750 |")
