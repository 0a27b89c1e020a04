"""Downloading a group's roster as CSV or XLSX, and the page that lists the
groups a user may export (and, for coordinators, import)."""

import datetime
import io
from decimal import Decimal

import tablib
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from openpyxl import Workbook
from openpyxl.styles import Font
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool.access import managed_groups
from pool.contact_groups import is_coordinator
from pool.resources import MemberResource
from pool.spreadsheets import neutralise_formula

from .responses import forbidden

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def csv_content(dataset) -> bytes:
    safe = tablib.Dataset(headers=dataset.headers)
    for row in dataset:
        safe.append([neutralise_formula(value) for value in row])
    # The byte order mark makes Excel read the accents correctly.
    return ("\ufeff" + safe.export("csv")).encode("utf-8")


def add_sheet(book, title, dataset) -> None:
    """One sheet with a bold, frozen header row. Formulas never run; dates and
    amounts read as such in Excel."""
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


def workbook_content(sheets) -> bytes:
    """An XLSX file with one sheet per (title, dataset)."""
    book = Workbook()
    book.remove(book.active)
    for title, dataset in sheets:
        add_sheet(book, title, dataset)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def xlsx_content(dataset) -> bytes:
    return workbook_content([(_("Leden"), dataset)])


def file_response(content: bytes, file_format: str, file_name: str) -> HttpResponse:
    """A download of CSV or XLSX content."""
    response = HttpResponse(content, content_type=CONTENT_TYPES[file_format])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=file_name
    )
    return response


def roster_export(group, file_format: str) -> bytes:
    resource = MemberResource(group=group)
    if file_format == "xlsx":
        return xlsx_content(resource.export(force_native_type=True))
    return csv_content(resource.export())


class RosterExportView(View):
    """All members of one group, active and inactive. Coordinators may export
    any group, a contact person only a group they can edit; for anyone else
    the group does not exist."""

    http_method_names = ["get"]

    def get(self, request, group_id, file_format):
        # By id, not pk: the pk goes through the page link, which has no guard
        # against numbers too large for the database.
        group = get_object_or_404(managed_groups(request.user), id=group_id)
        file_name = f"leden-{group.slug}-{timezone.localdate():%Y-%m-%d}.{file_format}"
        return file_response(roster_export(group, file_format), file_format, file_name)


class RosterOverviewView(WagtailAdminTemplateMixin, View):
    template_name = "pool/admin/export_groups.html"
    page_title = gettext_lazy("Ledenlijsten")
    header_icon = "table"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get(self, request):
        groups = managed_groups(request.user).order_by("title")
        if not groups:
            return forbidden(request)
        context = self.get_context_data(
            groups=groups,
            may_import=is_coordinator(request.user),
            columns=MemberResource.column_names(),
        )
        return self.render_to_response(context)
