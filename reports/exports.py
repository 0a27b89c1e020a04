"""The report's tables as CSV and XLSX, one table per file or all of them as
the sheets of one workbook. Only counts and group or organisation names: no
personal data.

Texts that a spreadsheet program would run as a formula are made safe as
reports.spreadsheets explains."""

from decimal import Decimal

import tablib
from django.http import HttpResponse
from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _

from .formatting import Percent, format_decimal
from .periods import Period, site_today
from .spreadsheets import csv_bytes, csv_cell, download, xlsx_book
from .tables import Table

CSV = "csv"
XLSX = "xlsx"


def cell(value, file_format: str):
    """A number stays a number in XLSX; CSV gets Dutch notation (12,5), as a
    Dutch spreadsheet program reads it. Percentages without the % sign: the
    heading says (%)."""
    if isinstance(value, Percent):
        if value.value is None:
            return ""
        if file_format == XLSX:
            return float(value.value)
        return number_format(value.value, decimal_pos=1, use_l10n=True)
    if value is None:
        return ""
    if isinstance(value, float | Decimal):
        return float(value) if file_format == XLSX else format_decimal(value)
    return value if file_format == XLSX else csv_cell(value)


def dataset(table: Table, file_format: str) -> tablib.Dataset:
    data = tablib.Dataset(headers=table.headers, title=table.sheet_title)
    for row in table.all_rows:
        data.append([cell(value, file_format) for value in row])
    return data


def about_sheet(period: Period, valid_years: int) -> tablib.Dataset:
    data = tablib.Dataset(
        headers=[_("Onderdeel"), _("Waarde")], title=_("Over deze rapportage")
    )
    data.append([_("Periode"), str(period)])
    data.append([_("Gemaakt op"), date_format(site_today(), "j F Y")])
    data.append([_("Een VOG is geldig (jaren)"), valid_years])
    return data


def csv_content(table: Table) -> bytes:
    return csv_bytes(dataset(table, CSV))


def xlsx_content(table: Table) -> bytes:
    return xlsx_book([dataset(table, XLSX)])


def workbook_content(tables: list[Table], period: Period, valid_years: int) -> bytes:
    sheets = [about_sheet(period, valid_years)]
    sheets.extend(dataset(table, XLSX) for table in tables)
    return xlsx_book(sheets)


def table_file_name(table: Table, period: Period, file_format: str) -> str:
    return f"{table.slug}-{period.file_label}.{file_format}"


def workbook_file_name(period: Period) -> str:
    return f"rapportage-oco-almere-{period.file_label}.xlsx"


def table_download(table: Table, period: Period, file_format: str) -> HttpResponse:
    content = csv_content(table) if file_format == CSV else xlsx_content(table)
    return download(content, table_file_name(table, period, file_format), file_format)
