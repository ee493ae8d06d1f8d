"""Run every benchmark in bench/ one after another and print their figures.

Each script builds its own throw-away database, measures a small baseline and a larger
size in the same run, and prints queries, time per request and the ratio against the
baseline. `make bench` runs this; pass script names to run only some:

    .venv/bin/python bench/run.py [news_index events_edition ...]

scale.py (generate_bulk at 1,000 and 100,000 articles) takes long, so it is skipped unless
it is named or `--all` is given (`make bench-scale` runs it alone). The modules the scripts
share (stack.py, settings.py, urls.py, counting.py) are not benchmarks and never run.
"""

import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
SLOW = {"scale"}  # run only by name or with --all
# What the benchmarks import (processes, settings, URLs, the request counter): not run.
HELPERS = {"run", "stack", "settings", "urls", "counting"}


def main(args):
    run_all = "--all" in args
    names = [a for a in args if a != "--all"]
    scripts = sorted(p for p in BENCH_DIR.glob("*.py") if p.stem not in HELPERS)
    if names:
        scripts = [p for p in scripts if p.stem in names]
    elif not run_all:
        skipped = [p.stem for p in scripts if p.stem in SLOW]
        scripts = [p for p in scripts if p.stem not in SLOW]
        print(f"Skipping {', '.join(skipped)} (slow): name it or pass --all.")
    failed = []
    for script in scripts:
        print(f"\n=== {script.stem}", flush=True)
        if subprocess.run([sys.executable, str(script)], cwd=BENCH_DIR.parent).returncode:
            failed.append(script.stem)
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
