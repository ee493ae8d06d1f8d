"""The translation catalogues under locale/: where they are and how the suite compiles them."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "locale"
CHINESE_PO = LOCALE_DIR / "zh_Hans" / "LC_MESSAGES" / "django.po"


def compile_stale_catalogues():
    """What `make compilemessages` does: a .mo for every .po that has none or an older one.
    Written aside and moved in, so a process reading the catalogue never sees half a file."""
    msgfmt = shutil.which("msgfmt")
    if not msgfmt:
        return  # tests/portal/test_translations.py says so
    for po in LOCALE_DIR.glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        handle, partial = tempfile.mkstemp(dir=po.parent, suffix=".mo-partial")
        os.close(handle)
        try:
            subprocess.run(
                [msgfmt, "--check-format", "-o", partial, str(po)], check=True, timeout=60
            )
            os.replace(partial, mo)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
