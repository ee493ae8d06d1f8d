"""Import files that unpack or expand far beyond their size (zip bombs, a row of millions of
cells, a CSV of one enormous field) are refused with a form error, fast and in bounded
memory; every newline convention imports the same rows."""

import io
import json
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook

from awards import importer

from .test_import import GOOD, HEADER, IMPORT_URL

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024
TIME_LIMIT = 2.0  # seconds, the bound the issue asks for
MEMORY_LIMIT = 100 * MB
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHEET = "xl/worksheets/sheet1.xml"
SHARED = "xl/sharedStrings.xml"


def _template():
    """The parts of a small, valid workbook (as openpyxl writes it) to build bombs from,
    declaring a shared strings part as Excel does (openpyxl writes inline strings)."""
    workbook = Workbook()
    workbook.active.append(HEADER.strip().split(","))
    out = io.BytesIO()
    workbook.save(out)
    with zipfile.ZipFile(out) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdStrings" Target="sharedStrings.xml" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" /></Relationships>',
    )
    parts[SHARED] = f'<sst xmlns="{NS}" count="0" uniqueCount="0" />'.encode()
    return parts


def build_xlsx(replace):
    """An XLSX whose parts named in `replace` are streamed from an iterable of byte chunks,
    so that a part of hundreds of MB is written without being held in memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in {**_template(), **dict.fromkeys(replace)}.items():
            if name not in replace:
                archive.writestr(name, content)
                continue
            with archive.open(name, "w", force_zip64=True) as stream:
                for chunk in replace[name]:
                    stream.write(chunk)
    return out.getvalue()


def moved_sheet(data, new_name):
    """The same workbook with its sheet under another name, which the workbook points to."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info).replace(b"worksheets/sheet1.xml", new_name.encode())
            name = "xl/" + new_name if info.filename == SHEET else info.filename
            target.writestr(name, content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def sheet(rows, dimension=None):
    """Worksheet XML; `rows` yields the XML of the rows."""
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}">'.encode()
    if dimension:
        yield f'<dimension ref="{dimension}"/>'.encode()
    yield b"<sheetData>"
    yield from rows
    yield b"</sheetData></worksheet>"


def one_row_of(cells, cell=b"<c><v>1</v></c>", per_chunk=50_000):
    yield b'<row r="1">'
    for _ in range(cells // per_chunk):
        yield cell * per_chunk
    yield b"</row>"


def numbered_cells(cells):
    """A row whose cells differ, so that it compresses like real data (no ratio alarm)."""
    yield b'<row r="1">'
    for start in range(0, cells, 10_000):
        yield "".join(f"<c><v>{i}</v></c>" for i in range(start, start + 10_000)).encode()
    yield b"</row>"


def shared_strings(total_bytes):
    item = b"<si><t>Synthetic text of a shared strings bomb</t></si>"
    chunk = item * (MB // len(item))
    yield f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{NS}">'.encode()
    for _ in range(total_bytes // len(chunk)):
        yield chunk
    yield b"</sst>"


def zeros(total_bytes):
    for _ in range(total_bytes // MB):
        yield bytes(MB)


BOMBS = {
    # 4,000,000 cells in one row (about 60 MB of sheet XML).
    "four_million_cells": lambda: build_xlsx({SHEET: sheet(one_row_of(4_000_000))}),
    # A 300 MB shared strings part.
    "shared_strings": lambda: build_xlsx({SHARED: shared_strings(300 * MB)}),
    # A 100 MB part of zeros next to the sheet.
    "huge_member": lambda: build_xlsx({"xl/media/image1.png": zeros(100 * MB)}),
    # A row of 200,000 different cells: a few MB, compressing like ordinary data.
    "wide_row": lambda: build_xlsx({SHEET: sheet(numbered_cells(200_000))}),
    # The same, in a part whose name does not say it is a sheet.
    "hidden_sheet": lambda: moved_sheet(
        build_xlsx({SHEET: sheet(numbered_cells(200_000))}), "media/picture.bin"
    ),
    # A sheet that claims every row and column Excel allows (old code padded to it).
    "dimension": lambda: build_xlsx(
        {
            SHEET: sheet(
                [b'<row r="1"><c t="inlineStr"><is><t>x</t></is></c></row>'], "A1:XFD1048576"
            )
        }
    ),
    # CSV: one field of almost 2 MB; and a row of almost two million columns.
    "csv_field": lambda: (HEADER + 'prog-tech,2023,,"' + "x" * (2 * MB - 200) + '"\n').encode(),
    "csv_columns": lambda: (HEADER + "," * (2 * MB - 200) + "\n").encode(),
}
EXPECTED = {
    "four_million_cells": "A part of the Excel file (xl/worksheets/sheet1.xml) unpacks to",
    "shared_strings": "The Excel file's texts (shared strings) unpack to 300.0\xa0MB",
    "huge_member": "A part of the Excel file (xl/media/image1.png) unpacks to 100.0\xa0MB",
    "wide_row": "Row 1 has 25+ columns; at most 25 are read.",
    "hidden_sheet": "Row 1 has 25+ columns; at most 25 are read.",
    "dimension": "Row 1 has 16384 columns; at most 25 are read.",
    "csv_field": "A cell holds more than 20000 characters.",
    "csv_columns": "Row 2 has 2096953 columns; at most 25 are read.",
}


@pytest.fixture(scope="module")
def bomb_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bombs")
    files = {}
    for key, build in BOMBS.items():
        suffix = ".csv" if key.startswith("csv") else ".xlsx"
        files[key] = folder / f"{key}{suffix}"
        files[key].write_bytes(build())
    return files


# Runs read_rows in a fresh interpreter and reports its time and extra peak memory
# (ru_maxrss also counts what lxml, expat and zlib allocate in C). Address space is capped
# 1.5 GB above the start, so that code without limits fails with MemoryError instead of
# taking the machine's memory.
MEASURE = """
import json, resource, sys, time
import django
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from awards import importer
path = sys.argv[1]
data = open(path, "rb").read()
upload = SimpleUploadedFile(path.rsplit("/", 1)[-1], data)
pages = int(open("/proc/self/statm").read().split()[0])
cap = pages * resource.getpagesize() + 1536 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.monotonic()
try:
    importer.read_rows(upload)
    error = None
except importer.ImportFileError as exc:
    error = str(exc)
except MemoryError:
    error = "MemoryError"
elapsed = time.monotonic() - start
extra = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024
print(json.dumps({"error": error, "seconds": elapsed, "extra_bytes": extra}))
"""


def measure_in_subprocess(path):
    try:
        result = subprocess.run(
            [sys.executable, "-c", MEASURE, str(path)],
            cwd=ROOT,
            env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"reading {path.name} ran for more than 60 s")
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("key", list(BOMBS))
def test_importer_refuses_a_bomb_fast_and_in_bounded_memory(bomb_files, key):
    outcome = measure_in_subprocess(bomb_files[key])
    assert outcome["error"] is not None and EXPECTED[key] in outcome["error"], outcome
    assert outcome["seconds"] < TIME_LIMIT, outcome
    assert outcome["extra_bytes"] < MEMORY_LIMIT, outcome


@pytest.fixture
def admin_client(client, award_admin):
    client.force_login(award_admin)
    return client


@pytest.mark.parametrize("key", list(BOMBS))
def test_admin_import_shows_a_form_error_for_a_bomb(admin_client, awards_data, bomb_files, key):
    path = bomb_files[key]
    upload = SimpleUploadedFile(path.name, path.read_bytes())
    admin_client.get(IMPORT_URL)  # templates and URLs loaded: the bound is for the file
    tracemalloc.start()
    start = time.monotonic()
    try:
        response = admin_client.post(IMPORT_URL, {"action": "preview", "file": upload})
        elapsed = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert response.status_code == 200
    assert "report" not in response.context
    assert EXPECTED[key] in response.context["form"].errors["file"][0]
    assert elapsed < TIME_LIMIT
    assert peak < MEMORY_LIMIT


def with_newlines(text, newline):
    return text.replace("\n", newline)


QUOTED = HEADER + 'prog-tech,2023,alpha,Quoted Person,person,,CN,"Line one\nLine two",5\n'


@pytest.mark.parametrize(
    "newline_and_bom",
    [("\r\n", ""), ("\r", ""), ("\n", "\ufeff"), ("\r", "\ufeff"), ("\r\n", "\ufeff")],
)
def test_every_newline_convention_imports_the_same_rows(admin_client, awards_data, newline_and_bom):
    newline, bom = newline_and_bom
    for content in (GOOD, QUOTED):
        expected = importer.read_rows(SimpleUploadedFile("a.csv", content.encode()))
        converted = (bom + with_newlines(content, newline)).encode()
        assert importer.read_rows(SimpleUploadedFile("a.csv", converted)) == expected
    assert expected[0]["citation"] == "Line one\nLine two"
    upload = SimpleUploadedFile("a.csv", (bom + with_newlines(GOOD, newline)).encode())
    response = admin_client.post(IMPORT_URL, {"action": "preview", "file": upload})
    summary = response.context["report"].summary
    assert (summary["created"], summary["updated"], summary["rejected"]) == (2, 1, 0)


def test_a_sheet_with_a_few_extra_columns_still_imports(admin_client, awards_data):
    """A column past the known ones (within the margin) is read and ignored, as before."""
    workbook = Workbook()
    for line in GOOD.splitlines():
        workbook.active.append(line.split(","))
    workbook.active.cell(row=1, column=20).value = "notes"
    out = io.BytesIO()
    workbook.save(out)
    upload = SimpleUploadedFile("a.xlsx", out.getvalue())
    response = admin_client.post(IMPORT_URL, {"action": "preview", "file": upload})
    assert response.context["report"].summary["rejected"] == 0
