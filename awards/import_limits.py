"""Bounded readers for import files: a CSV or XLSX file is turned into a table of strings
without ever holding more than the limits below, whatever the file claims or hides.

An XLSX file is a zip of XML parts, and both compress extremely well: a few hundred KB can
unpack to gigabytes (a "zip bomb"). So the zip's directory is checked first (sizes,
ratios, number of parts), then every part is streamed through expat (a worksheet, known by
its root element wherever it lies, has its rows and cells counted), and only then does
openpyxl read the sheet, still counting. Each limit can be changed in
the settings (AWARDS_IMPORT_<NAME>)."""

import csv
import io
import re
import threading
import zipfile
from xml.parsers import expat

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from openpyxl import load_workbook


class ImportFileError(Exception):
    """The file as a whole cannot be read; shown as a form error."""


def _limit(name, default):
    return getattr(settings, f"AWARDS_IMPORT_{name}", default)


MB = 1024 * 1024
# The upload itself (compressed, for XLSX).
MAX_BYTES = _limit("MAX_BYTES", 2 * MB)
# Data rows after the header (blank rows are not counted).
MAX_ROWS = _limit("MAX_ROWS", 5000)
# Columns a row may have: the known ones (importer.COLUMNS, nine) plus room for a few
# extra or empty ones. A wider row is refused before it is built.
MAX_COLUMNS = _limit("MAX_COLUMNS", 25)
# Cells in the whole sheet (or CSV), empty ones included.
MAX_CELLS = _limit("MAX_CELLS", (MAX_ROWS + 1) * MAX_COLUMNS)
# Characters in one cell or CSV field (a long citation is a few thousand).
MAX_FIELD_CHARS = _limit("MAX_FIELD_CHARS", 20_000)
# XLSX: all parts of the zip together, once unpacked.
MAX_UNCOMPRESSED_BYTES = _limit("MAX_UNCOMPRESSED_BYTES", 40 * MB)
# XLSX: one part once unpacked (a 5000-row sheet is a few MB of XML).
MAX_MEMBER_BYTES = _limit("MAX_MEMBER_BYTES", 20 * MB)
# XLSX: the shared strings part (every distinct text of the workbook).
MAX_SHARED_STRINGS_BYTES = _limit("MAX_SHARED_STRINGS_BYTES", 10 * MB)
# XLSX: how much better than this a large part may not compress (real sheets: 5-30).
MAX_COMPRESSION_RATIO = _limit("MAX_COMPRESSION_RATIO", 100)
# XLSX: parts in the zip (Excel writes about a dozen).
MAX_MEMBERS = _limit("MAX_MEMBERS", 200)

RATIO_CHECKED_ABOVE = MB  # smaller parts may compress as well as they like
SHARED_STRINGS = "xl/sharedStrings.xml"
DIMENSION = re.compile(r"^([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+)?)?$")
CHUNK = 64 * 1024
_FIELD_LIMIT_LOCK = threading.Lock()


def _too_many_rows():
    return ImportFileError(_("Too many rows (the limit is %(max)d).") % {"max": MAX_ROWS})


def _too_many_cells():
    return ImportFileError(
        _("The file has more than %(max)d cells; the limit is %(rows)d rows.")
        % {"max": MAX_CELLS, "rows": MAX_ROWS}
    )


def _too_wide(row, columns):
    return ImportFileError(
        _("Row %(row)d has %(count)s columns; at most %(max)d are read.")
        % {"row": row, "count": columns, "max": MAX_COLUMNS}
    )


def _field_too_long():
    return ImportFileError(
        _("A cell holds more than %(max)d characters.") % {"max": MAX_FIELD_CHARS}
    )


class _Table:
    """Rows of strings, refusing what passes the limits; blank rows are dropped."""

    def __init__(self):
        self.rows = []
        self.cells = 0

    def add(self, row):
        """Add a row; False once there are more rows than an import may have."""
        if len(row) > MAX_COLUMNS:
            raise _too_wide(len(self.rows) + 1, len(row))
        self.cells += len(row)
        if self.cells > MAX_CELLS:
            raise _too_many_cells()
        if any(len(cell) > MAX_FIELD_CHARS for cell in row):
            raise _field_too_long()
        if any(cell.strip() for cell in row):
            self.rows.append(row)
        # One row past the limit, so that the caller reports "too many rows".
        return len(self.rows) <= MAX_ROWS + 1


# --- CSV -----------------------------------------------------------------------------------
def read_csv(data):
    """The rows of a UTF-8 CSV (with or without BOM), with LF, CRLF or lone CR line ends."""
    try:
        text = data.decode("utf-8-sig")  # at most MAX_BYTES
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("The CSV file is not UTF-8 text.")) from exc
    if "\x00" in text:
        raise ImportFileError(_("This is not a CSV text file."))
    # newline=None: universal newlines, so "\r" and "\r\n" end a line as "\n" does, also
    # inside a quoted field (where they become "\n").
    lines = io.StringIO(text, newline=None)
    table = _Table()
    with _FIELD_LIMIT_LOCK:
        previous = csv.field_size_limit(MAX_FIELD_CHARS)
        try:
            for row in csv.reader(lines):
                if not table.add(row):
                    break
        except csv.Error as exc:
            if "field limit" in str(exc):
                raise _field_too_long() from exc
            raise ImportFileError(
                _("The CSV file cannot be read: %(error)s") % {"error": exc}
            ) from exc
        finally:
            csv.field_size_limit(previous)
    return table.rows


# --- XLSX ----------------------------------------------------------------------------------
def read_xlsx(data):
    """The rows of the first sheet of an XLSX file, values only (formulas are not run)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportFileError(_("The Excel file cannot be read.")) from exc
    with archive:
        check_zip(archive)
        try:
            for info in archive.infolist():
                scan_part(archive, info)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
            raise ImportFileError(_("The Excel file cannot be read.")) from exc
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise ImportFileError(_("The Excel file cannot be read.")) from exc
    table = _Table()
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The Excel file has no sheet."))
        sheet = workbook.worksheets[0]
        # The rows as the file has them, not padded to what its <dimension> claims.
        sheet.reset_dimensions()
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            cells = ["" if cell is None else str(cell) for cell in row]
            while cells and not cells[-1]:
                cells.pop()
            if not table.add(cells):
                break
    finally:
        workbook.close()
    return table.rows


def check_zip(archive):
    """Refuse a zip whose directory announces more than the limits, before unpacking."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportFileError(
            _("The Excel file has %(count)d parts; at most %(max)d are accepted.")
            % {"count": len(members), "max": MAX_MEMBERS}
        )
    for info in members:
        if info.filename == SHARED_STRINGS:
            _check_shared_strings(info)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ImportFileError(
                _("A part of the Excel file (%(name)s) unpacks to %(size)s; the limit is %(max)s.")
                % {
                    "name": info.filename[:80],
                    "size": filesizeformat(info.file_size),
                    "max": filesizeformat(MAX_MEMBER_BYTES),
                }
            )
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_CHECKED_ABOVE and ratio > MAX_COMPRESSION_RATIO:
            raise ImportFileError(
                _(
                    "A part of the Excel file (%(name)s) is compressed %(ratio)d times; "
                    "more than %(max)d times is refused as a zip bomb."
                )
                % {"name": info.filename[:80], "ratio": ratio, "max": MAX_COMPRESSION_RATIO}
            )

    total = sum(info.file_size for info in members)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ImportFileError(
            _("The Excel file unpacks to %(size)s; the limit is %(max)s.")
            % {"size": filesizeformat(total), "max": filesizeformat(MAX_UNCOMPRESSED_BYTES)}
        )


def _check_shared_strings(info):
    if info.file_size > MAX_SHARED_STRINGS_BYTES:
        raise ImportFileError(
            _("The Excel file's texts (shared strings) unpack to %(size)s; the limit is %(max)s.")
            % {
                "size": filesizeformat(info.file_size),
                "max": filesizeformat(MAX_SHARED_STRINGS_BYTES),
            }
        )


def _dimension_size(ref):
    """(columns, rows) spanned by a <dimension ref="A1:I20">, or None if unreadable."""
    match = DIMENSION.match(ref.upper())
    if not match:
        return None
    first_col, first_row, last_col, last_row = match.groups()
    last_col, last_row = last_col or first_col, last_row or first_row

    def number(letters):
        value = 0
        for letter in letters or "A":
            value = value * 26 + ord(letter) - ord("A") + 1
        return value

    return (
        number(last_col) - number(first_col) + 1,
        int(last_row or 1) - int(first_row or 1) + 1,
    )


class _NotASheet(Exception):
    pass


class _PartScan:
    """Streams one part of the zip through expat, never building it. A part is known by
    its root element, not its name (the workbook may point anywhere in the zip): a
    worksheet has its rows and cells counted, shared strings their size checked, and
    any other part is left after its root element. A DOCTYPE (entity bombs) is refused."""

    def __init__(self, info):
        self.info = info
        self.kind = None
        self.rows = 0
        self.cells = 0
        self.row_cells = 0

    def doctype(self, *args):
        raise ImportFileError(_("The Excel file cannot be read."))

    def start(self, name, attributes):
        name = name.rpartition(":")[2]
        if self.kind is None:
            self.kind = name
            if name == "sst":
                _check_shared_strings(self.info)
            if name != "worksheet":
                raise _NotASheet
        elif name == "c":
            self.row_cells += 1
            self.cells += 1
            if self.row_cells > MAX_COLUMNS:
                raise _too_wide(self.rows, f"{MAX_COLUMNS}+")
            if self.cells > MAX_CELLS:
                raise _too_many_cells()
        elif name == "row":
            self.rows += 1
            self.row_cells = 0
            # Blank rows are read too (openpyxl yields one for each row number skipped),
            # so allow twice the limit.
            number = attributes.get("r", "")
            number = int(number) if number.isdigit() else self.rows
            if max(self.rows, number) > 2 * (MAX_ROWS + 1):
                raise _too_many_rows()
        elif name == "dimension":
            size = _dimension_size(attributes.get("ref", ""))
            if size and size[0] > MAX_COLUMNS:
                raise _too_wide(1, size[0])
            if size and size[1] > 2 * (MAX_ROWS + 1):
                raise _too_many_rows()


def scan_part(archive, info):
    if info.is_dir():
        return
    scan = _PartScan(info)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = scan.doctype
    parser.StartElementHandler = scan.start
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _NotASheet:
        return
    except expat.ExpatError as exc:
        if scan.kind == "worksheet":
            raise ImportFileError(_("The Excel file cannot be read.")) from exc
        # Not XML (an image, say) or not a part openpyxl reads as a sheet.
