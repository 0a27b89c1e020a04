"""The payout as files: CSV with one row per person or per declaration, and
one XLSX with both as sheets. Formulas never run: pool.spreadsheets."""

from django.utils.translation import gettext as _

from pool.views.exports import csv_content, workbook_content

from .payout_resources import (
    DeclarationPayoutResource,
    PersonPayoutResource,
    payouts_per_person,
)

PER_PERSON, PER_DECLARATION, BOTH = "csv", "csv-declaraties", "xlsx"
FILE_FORMATS = {PER_PERSON: "csv", PER_DECLARATION: "csv", BOTH: "xlsx"}


def person_dataset(declarations, native=False):
    return PersonPayoutResource().export(
        payouts_per_person(declarations), force_native_type=native
    )


def declaration_dataset(declarations, native=False):
    return DeclarationPayoutResource().export(declarations, force_native_type=native)


def xlsx_content(declarations) -> bytes:
    return workbook_content(
        [
            (_("Per persoon"), person_dataset(declarations, native=True)),
            (_("Per declaratie"), declaration_dataset(declarations, native=True)),
        ]
    )


def payout_content(declarations, kind: str) -> bytes:
    """declarations: a list, so that both sheets read the same rows."""
    if kind == BOTH:
        return xlsx_content(declarations)
    if kind == PER_DECLARATION:
        return csv_content(declaration_dataset(declarations))
    return csv_content(person_dataset(declarations))
