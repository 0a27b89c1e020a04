"""The fee overview as a spreadsheet: one row per organisation and a totals
row, in CSV or XLSX, with the year in the file name."""

import datetime

import tablib
from django.http import HttpResponse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from pool.spreadsheets import yes_no

from ..spreadsheets import csv_bytes, csv_cell, download, fill_sheet, workbook_bytes


def file_name(overview, file_format: str) -> str:
    return f"vergoedingen-organisaties-{overview.year}.{file_format}"


def headers(overview) -> list[str]:
    day = date_format(overview.reference_day, "j F Y")
    return [
        _("Organisatie"),
        _("Deelnemer vanaf"),
        _("Deelnemer tot en met"),
        _("Actief in het BO+ (huidige stand)"),
        _("Vergoeding (euro)"),
        _("OCO's in %(year)s") % {"year": overview.year},
        _("OCO's op %(day)s") % {"day": day},
        _("Met geldige VOG op %(day)s") % {"day": day},
        _("Inwoners ondersteund in %(year)s") % {"year": overview.year},
        _("Minder dan %(minimum)s OCO's") % {"minimum": overview.minimum},
    ]


def below_minimum_text(row) -> str:
    if not row.participates_on_reference_day:
        return _("n.v.t. (doet niet mee op die dag)")
    return yes_no(row.below_minimum)


def dataset(overview) -> tablib.Dataset:
    data = tablib.Dataset(headers=headers(overview))
    data.title = _("Vergoedingen %(year)s") % {"year": overview.year}
    for row in overview.rows:
        organisation = row.organisation
        data.append(
            [
                organisation.name,
                organisation.active_from,
                organisation.active_until or "",
                yes_no(organisation.bo_plus_active),
                int(row.fee),
                row.delivered,
                row.on_reference_day,
                row.vog_valid,
                row.residents,
                below_minimum_text(row),
            ]
        )
    data.append(
        [
            _("Totaal"),
            "",
            "",
            "",
            int(overview.total_fee),
            overview.total_delivered,
            overview.total_on_reference_day,
            overview.total_vog_valid,
            overview.total_residents,
            overview.below_minimum_count,
        ]
    )
    return data


def csv_content(data: tablib.Dataset) -> bytes:
    safe = tablib.Dataset(headers=data.headers)
    for row in data:
        safe.append([csv_cell(value) for value in row])
    return csv_bytes(safe)


def xlsx_content(data: tablib.Dataset) -> bytes:
    """Written with openpyxl rather than tablib's own xlsx export, which would
    run a name that starts with "=" as a formula."""
    book = Workbook()
    sheet = fill_sheet(book.active, data)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD-MM-YYYY"
    return workbook_bytes(book)


def export_response(overview, file_format: str) -> HttpResponse:
    data = dataset(overview)
    content = xlsx_content(data) if file_format == "xlsx" else csv_content(data)
    return download(content, file_name(overview, file_format), file_format)
