"""The report's tables as CSV and XLSX, one table per file or all of them as
the sheets of one workbook. Only counts and group or organisation names: no
personal data.

In CSV a text that a spreadsheet program would run as a formula gets an
apostrophe in front (pool.spreadsheets); XLSX marks it as text instead
(reports.spreadsheets)."""

from decimal import Decimal

import tablib
from django.http import HttpResponse
from django.utils.formats import date_format, number_format
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from pool.spreadsheets import neutralise_formula

from .formatting import Percent, format_decimal
from .periods import Period, site_today
from .spreadsheets import without_illegal_characters, xlsx_book
from .tables import Table

CSV = "csv"
XLSX = "xlsx"
CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


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
    value = without_illegal_characters(value)
    return value if file_format == XLSX else neutralise_formula(value)


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
    # The byte order mark makes Excel read the accents correctly.
    return ("\ufeff" + dataset(table, CSV).export("csv")).encode("utf-8")


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


def download(content: bytes, file_name: str, file_format: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=file_name
    )
    return response


def table_download(table: Table, period: Period, file_format: str) -> HttpResponse:
    content = csv_content(table) if file_format == CSV else xlsx_content(table)
    return download(content, table_file_name(table, period, file_format), file_format)
