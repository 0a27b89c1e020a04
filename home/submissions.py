"""Reading the responses to a form page in the admin (Wagtail's "Formulieren").

Wagtail shows a form page's responses to whoever may edit the page. The hook
in home.wagtail_hooks also shows them to users with READ_PERMISSION, who need
no rights on the page itself: they may read and export the responses, not
delete them.

The export writes what the public typed in: a cell that a spreadsheet program
would run as a formula is written as text (as pool.spreadsheets does, which
home may not import), and control characters, which an XLSX file cannot hold,
are left out."""

import datetime
import zoneinfo
from collections import OrderedDict

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.models import Page

READ_PERMISSION = "wagtailforms.view_formsubmission"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def can_delete_responses(user, page) -> bool:
    return page.permissions_for_user(user).can_edit()


def readable(value):
    """A checkbox's answer as a word, in the listing and the export."""
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    return value


def neutralise_formula(value):
    """The value, with an apostrophe in front if it would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return TEXT_MARK + value
    return value


def without_illegal_characters(value):
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def local_time(value: datetime.datetime) -> datetime.datetime:
    """The moment as a date and time in the organisation's time zone, whatever
    time zone the reader chose in their profile."""
    if timezone.is_naive(value):
        return value
    return timezone.make_naive(value, zoneinfo.ZoneInfo(settings.TIME_ZONE))


class FormResponsesView(SubmissionsListView):
    results_template_name = "home/admin/form_responses_results.html"
    custom_value_preprocess = {
        **SubmissionsListView.custom_value_preprocess,
        # After the defaults, so that it replaces Wagtail's UTC entry.
        datetime.datetime: {
            SubmissionsListView.FORMAT_CSV: lambda value: local_time(value).strftime(
                settings.WAGTAIL_DATETIME_FORMAT
            ),
            SubmissionsListView.FORMAT_XLSX: local_time,
        },
    }

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        return OrderedDict((field, readable(value)) for field, value in row.items())

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        value = without_illegal_characters(value)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [readable(value) for value in row["fields"]]
        context["can_delete"] = can_delete_responses(self.request.user, self.form_page)
        return context


class DeleteResponsesView(DeleteSubmissionsView):
    """Wagtail's delete view, for those who may edit the page only."""

    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(pk=kwargs.get("page_id")).first()
        if page is None or not can_delete_responses(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
