"""What every spreadsheet export of the pool shares: a cell that a spreadsheet
program would read as a formula is written as text, and yes/no is Dutch.

Spreadsheet programs run a CSV cell that starts with one of FORMULA_PREFIXES as
a formula; a leading apostrophe makes them show it as text. The roster import
takes that apostrophe off again (pool.resources.as_text), so an exported file
imports unchanged."""

from django.utils.translation import gettext as _
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def neutralise_formula(value):
    """The value, with an apostrophe in front if it would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return TEXT_MARK + value
    return value


def strip_formula_mark(text: str) -> str:
    """Undoes neutralise_formula: an apostrophe before a formula character."""
    if text.startswith(TEXT_MARK) and text[1:].startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def yes_no(value) -> str:
    return _("ja") if value else _("nee")


class PoolSpreadsheetExportMixin:
    """For Wagtail index views with list_export: ja/nee for booleans and no
    formulas in CSV cells."""

    custom_value_preprocess = {
        # First, so that no other entry claims a bool (an int) before it.
        bool: {
            SpreadsheetExportMixin.FORMAT_CSV: yes_no,
            SpreadsheetExportMixin.FORMAT_XLSX: yes_no,
        },
        **SpreadsheetExportMixin.custom_value_preprocess,
    }

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value
