"""Run every benchmark in bench/ one after another and print their figures.

Each script builds its own throw-away database, measures a small baseline and a larger
size in the same run, and prints queries, time per request and the ratio against the
baseline. `make bench` runs this; pass script names to run only some:

    .venv/bin/python bench/run.py [news_index events_edition ...]
"""

import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent


def main(names):
    scripts = sorted(p for p in BENCH_DIR.glob("*.py") if p.name != "run.py")
    if names:
        scripts = [p for p in scripts if p.stem in names]
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
