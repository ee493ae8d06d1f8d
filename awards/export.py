"""Spreadsheet export that never lets a cell run as a formula.

Wagtail's SpreadsheetExportMixin writes CSV values as they are, and in XLSX only turns
what openpyxl detects as a formula (a leading "=") back into text. A spreadsheet also
evaluates cells that start with "+", "-" or "@" (and tab or carriage return), so every
such text value is prefixed with an apostrophe in both formats (the OWASP advice against
CSV injection). The importer strips that apostrophe again, so an export re-imports as is."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unneutralise(value):
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_PREFIXES):
        return value[1:]
    return value


class SafeSpreadsheetExportMixin(SpreadsheetExportMixin):
    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
