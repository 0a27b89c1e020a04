"""What the report's and the fee overview's XLSX files share.

A name is typed in by people: a control character pasted from a word
processor cannot go into an XLSX file (openpyxl refuses it), so it is left
out. openpyxl takes a text that starts with "=" for a formula; such a cell is
marked as text, so that it shows the name as it is and never runs. In CSV
such a text gets an apostrophe in front (pool.spreadsheets)."""

import io

import tablib
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pool.spreadsheets import neutralise_formula
from pool.views.exports import CONTENT_TYPES


def without_illegal_characters(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def csv_cell(value):
    return neutralise_formula(without_illegal_characters(value))


def csv_bytes(data: tablib.Dataset) -> bytes:
    """The dataset as CSV; its values must have gone through csv_cell."""
    # The byte order mark makes Excel read the accents correctly.
    return ("\ufeff" + data.export("csv")).encode("utf-8")


def fill_sheet(sheet, data: tablib.Dataset):
    """The dataset's title, its headers in bold above the frozen rows, and
    columns as wide as their longest value."""
    sheet.title = data.title
    sheet.append([without_illegal_characters(header) for header in data.headers])
    for row in data:
        sheet.append([without_illegal_characters(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for column, cells in enumerate(sheet.iter_cols(values_only=True), start=1):
        lengths = [len(str(value)) for value in cells if value is not None]
        sheet.column_dimensions[get_column_letter(column)].width = max(lengths)
    sheet.freeze_panes = "A2"
    return sheet


def workbook_bytes(book: Workbook) -> bytes:
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def xlsx_book(datasets: list[tablib.Dataset]) -> bytes:
    """One sheet per dataset, in order."""
    book = Workbook()
    book.remove(book.active)
    for data in datasets:
        fill_sheet(book.create_sheet(), data)
    return workbook_bytes(book)


def download(content: bytes, file_name: str, file_format: str) -> HttpResponse:
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=file_name
    )
    return response
