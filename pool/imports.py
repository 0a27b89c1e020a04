"""Importing a roster file into one group: reading the CSV or XLSX file, the
dry run that gives the preview, and the real import, which must match the
preview exactly. Used by the admin views and by bench/import_roster.py."""

import csv
import io
import logging
import re
from dataclasses import dataclass, field

import tablib
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pool.models import RosterGroupPage
from pool.resources import MemberResource

logger = logging.getLogger(__name__)

MAX_UPLOAD_SIZE = 5 * 1024 * 1024
MAX_ROWS = 10_000
MAX_COLUMNS = 100
FILE_FORMATS = ("csv", "xlsx")
REQUIRED_COLUMNS = ("naam", "e-mail")
# Control characters never appear in a text file; they do in binary files.
BINARY_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

ROW_KIND_LABELS = {
    "new": gettext_lazy("nieuw"),
    "update": gettext_lazy("gewijzigd"),
    "skip": gettext_lazy("ongewijzigd"),
    "invalid": gettext_lazy("fout"),
    "error": gettext_lazy("fout"),
}
ERROR_KINDS = {"invalid", "error"}


class RosterFileError(Exception):
    """The file cannot be imported at all; messages say why, in Dutch."""

    def __init__(self, *messages):
        super().__init__(*messages)
        self.messages = list(messages)


class PreviewMismatch(Exception):
    """The real import came out different from the preview; nothing was saved."""

    def __init__(self):
        super().__init__("import differs from preview")


@dataclass
class RosterFile:
    dataset: tablib.Dataset
    line_numbers: list[int]  # the spreadsheet row of each dataset row


@dataclass
class PreviewRow:
    line: int
    kind: str
    name: str
    email: str
    errors: list[tuple[str, str]] = field(default_factory=list)
    changed_columns: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(ROW_KIND_LABELS[self.kind])

    @property
    def is_error(self) -> bool:
        return self.kind in ERROR_KINDS


@dataclass
class ImportPreview:
    rows: list[PreviewRow]
    general_errors: list[str] = field(default_factory=list)

    @property
    def error_rows(self) -> list[PreviewRow]:
        return [row for row in self.rows if row.is_error]

    @property
    def has_errors(self) -> bool:
        return bool(self.general_errors or self.error_rows)

    @property
    def totals(self) -> dict[str, int]:
        totals = {"new": 0, "update": 0, "skip": 0, "error": 0}
        for row in self.rows:
            totals["error" if row.is_error else row.kind] += 1
        return totals

    @property
    def fingerprint(self) -> list[list]:
        """(row, kind) pairs, as lists so that they survive the session's JSON."""
        return [[row.line, row.kind] for row in self.rows]


def file_format_for(file_name: str) -> str:
    extension = file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""
    if extension not in FILE_FORMATS:
        raise RosterFileError(
            _("Kies een CSV- of Excel-bestand (.csv of .xlsx); dit is een ander soort.")
        )
    return extension


def not_a_spreadsheet() -> RosterFileError:
    return RosterFileError(
        _(
            "Dit bestand kan niet worden gelezen. Is het echt een CSV- of "
            "Excel-bestand (.xlsx)? Sla het in uw spreadsheet op als CSV of xlsx "
            "en probeer het opnieuw."
        )
    )


def too_many_rows() -> RosterFileError:
    return RosterFileError(
        _("Het bestand heeft meer dan %(max)s rijen; splits het op.")
        % {"max": MAX_ROWS}
    )


def decode_text(content: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):  # cp1252: Excel on Windows
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not BINARY_CHARACTERS.search(text):
            return text
    raise not_a_spreadsheet()


def read_csv_rows(content: bytes) -> list[list]:
    text = decode_text(content)
    first_line = text.split("\n", 1)[0]
    # Excel in Dutch saves CSV files with semicolons.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                raise too_many_rows()
    except csv.Error as error:
        raise not_a_spreadsheet() from error
    return rows


def read_xlsx_rows(content: bytes) -> list[list]:
    from openpyxl import load_workbook

    rows = []
    book = None
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                raise too_many_rows()
    except RosterFileError:
        raise
    except Exception as error:  # openpyxl fails on bad files in many ways
        raise not_a_spreadsheet() from error
    finally:
        if book is not None:
            book.close()
    return rows


def is_blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_headers(raw_headers: list) -> list[str]:
    headers = ["" if is_blank(h) else str(h).strip().lower() for h in raw_headers]
    while headers and not headers[-1]:
        headers.pop()
    known = MemberResource.column_names()
    unknown = [h or _("(kolom zonder naam)") for h in headers if h not in known]
    missing = [column for column in REQUIRED_COLUMNS if column not in headers]
    doubled = sorted({h for h in headers if h and headers.count(h) > 1})
    messages = []
    if missing:
        messages.append(
            _("Deze verplichte kolommen ontbreken: %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    if unknown:
        messages.append(
            _("Deze kolommen kennen we niet: %(columns)s. Gebruik alleen: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(known)}
        )
    if doubled:
        messages.append(
            _("Deze kolommen staan er meer dan eens in: %(columns)s.")
            % {"columns": ", ".join(doubled)}
        )
    if messages:
        raise RosterFileError(*messages)
    return headers


def read_roster_file(content: bytes, file_format: str) -> RosterFile:
    """The file as a dataset with normalised headers and without blank rows."""
    if file_format not in FILE_FORMATS:
        raise RosterFileError(_("Kies een CSV- of Excel-bestand (.csv of .xlsx)."))
    rows = read_csv_rows(content) if file_format == "csv" else read_xlsx_rows(content)
    if not rows:
        raise RosterFileError(_("Het bestand is leeg."))
    headers = check_headers(rows[0])
    width = len(headers)
    dataset = tablib.Dataset(headers=headers)
    line_numbers = []
    for line, row in enumerate(rows[1:], 2):
        if all(is_blank(value) for value in row):
            continue
        if any(not is_blank(value) for value in row[width:]):
            raise RosterFileError(
                _("Rij %(row)s heeft meer cellen dan er kolommen zijn.") % {"row": line}
            )
        cells = list(row[:width]) + [""] * (width - len(row))
        dataset.append(["" if value is None else value for value in cells])
        line_numbers.append(line)
    if not line_numbers:
        raise RosterFileError(_("Het bestand bevat geen leden, alleen de kopregel."))
    return RosterFile(dataset=dataset, line_numbers=line_numbers)


def pending_changes_error(group) -> str | None:
    """Importing writes the live roster and publishes it; pending edits of the
    page would then be published along with it, or overwrite the import."""
    if group.has_unpublished_changes or group.workflow_in_progress:
        return _(
            "De groep %(group)s heeft wijzigingen die nog niet zijn gepubliceerd "
            "of op goedkeuring wachten. Laat die wijzigingen eerst goedkeuren of "
            "afwijzen; daarna kunt u importeren."
        ) % {"group": group.title}
    return None


def cell(row: dict, column: str) -> str:
    value = row.get(column)
    return "" if value is None else str(value).strip()


def row_errors(number, invalid, failed, column_of) -> list[tuple[str, str]]:
    """(column, message) pairs; the column is empty for the row as a whole."""
    if number in invalid:
        return [
            ("" if name == NON_FIELD_ERRORS else column_of.get(name, name), message)
            for name, messages in invalid[number].error_dict.items()
            for message in messages
        ]
    if number in failed:
        for error in failed[number].errors:
            log_failure(f"row {number}", error)
        return [
            (
                "",
                _(
                    "Deze rij kon niet worden verwerkt. Controleer de rij of neem "
                    "contact op met de beheerder."
                ),
            )
        ]
    return []


def log_failure(where: str, error) -> None:
    """Logs an unexpected import failure by its kind only: the exception's
    text may quote the file (names, addresses), so it is not logged."""
    logger.error("Roster import failed at %s: %s", where, type(error.error).__name__)


def summarise(result, resource, roster_file) -> ImportPreview:
    column_of = {f.attribute: f.column_name for f in resource.fields.values()}
    invalid = {row.number: row for row in result.invalid_rows}
    failed = {row.number: row for row in result.error_rows}
    rows = []
    # report_skipped is on, so result.rows has one entry per dataset row.
    for number, (row_result, values) in enumerate(
        zip(result.rows, roster_file.dataset.dict, strict=True), 1
    ):
        kind = row_result.import_type
        rows.append(
            PreviewRow(
                line=roster_file.line_numbers[number - 1],
                kind=kind,
                name=cell(values, "naam"),
                email=cell(values, "e-mail"),
                errors=row_errors(number, invalid, failed, column_of),
                changed_columns=resource.changed_columns.get(number, [])
                if kind == "update"
                else [],
            )
        )
    general_errors = []
    for error in result.base_errors:
        log_failure("file", error)
        general_errors = [
            _(
                "Het bestand kon niet worden verwerkt. Probeer het opnieuw of neem "
                "contact op met de beheerder."
            )
        ]
    return ImportPreview(rows=rows, general_errors=general_errors)


def publish_roster(group_id, user=None):
    """Makes the group page's latest revision show the live members, so that
    the editor and the history show the imported roster."""
    page = RosterGroupPage.objects.get(pk=group_id)
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    return revision


class RosterImport:
    def __init__(self, group):
        self.group = group

    def run(self, roster_file: RosterFile, dry_run: bool) -> ImportPreview:
        resource = MemberResource(
            group=self.group, line_numbers=roster_file.line_numbers
        )
        result = resource.import_data(
            roster_file.dataset,
            dry_run=dry_run,
            use_transactions=True,
            rollback_on_validation_errors=True,
        )
        return summarise(result, resource, roster_file)

    def preview(self, roster_file: RosterFile) -> ImportPreview:
        """The dry run: everything is written inside a transaction that is
        rolled back, so the preview shows what the import will do."""
        return self.run(roster_file, dry_run=True)

    def apply(self, roster_file: RosterFile, expected_fingerprint, user=None):
        """Imports for real and publishes the page, or raises PreviewMismatch
        and saves nothing when the outcome differs from the preview."""
        with transaction.atomic():
            outcome = self.run(roster_file, dry_run=False)
            if outcome.has_errors or outcome.fingerprint != expected_fingerprint:
                raise PreviewMismatch
            publish_roster(self.group.pk, user)
        return outcome
