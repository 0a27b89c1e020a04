"""The payout as files: CSV with one row per person or per declaration, and
one XLSX with both as sheets. Formulas never run: pool.spreadsheets."""

import datetime
import io
from decimal import Decimal

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from pool.views.exports import csv_content

from .payout_resources import (
    DeclarationPayoutResource,
    PersonPayoutResource,
    payouts_per_person,
)

PER_PERSON, PER_DECLARATION, BOTH = "csv", "csv-declaraties", "xlsx"
FILE_FORMATS = {PER_PERSON: "csv", PER_DECLARATION: "csv", BOTH: "xlsx"}


def add_sheet(book, title, dataset):
    sheet = book.create_sheet(title)
    sheet.append(dataset.headers)
    for row in dataset:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                # Kept as text, so a name typed as a formula never runs.
                cell.data_type = "s"
            elif isinstance(cell.value, datetime.date):
                cell.number_format = "DD-MM-YYYY"
            elif isinstance(cell.value, Decimal):
                cell.number_format = "0.00"
    sheet.freeze_panes = "A2"


def person_dataset(declarations, native=False):
    return PersonPayoutResource().export(
        payouts_per_person(declarations), force_native_type=native
    )


def declaration_dataset(declarations, native=False):
    return DeclarationPayoutResource().export(declarations, force_native_type=native)


def xlsx_content(declarations) -> bytes:
    book = Workbook()
    book.remove(book.active)
    add_sheet(book, _("Per persoon"), person_dataset(declarations, native=True))
    add_sheet(book, _("Per declaratie"), declaration_dataset(declarations, native=True))
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def payout_content(declarations, kind: str) -> bytes:
    """declarations: a list, so that both sheets read the same rows."""
    if kind == BOTH:
        return xlsx_content(declarations)
    if kind == PER_DECLARATION:
        return csv_content(declaration_dataset(declarations))
    return csv_content(person_dataset(declarations))
