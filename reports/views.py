"""The coordinators' figures in the admin, and their downloads."""

from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool.models import PoolSettings
from pool.views.imports import CoordinatorOnlyMixin

from .exports import (
    CSV,
    XLSX,
    download,
    table_download,
    workbook_content,
    workbook_file_name,
)
from .forms import PeriodForm
from .periods import Period, quick_choices
from .sections import Report


def period_query(period: Period) -> str:
    return urlencode({"start": period.start.isoformat(), "end": period.end.isoformat()})


class ReportMixin(CoordinatorOnlyMixin):
    http_method_names = ["get"]

    @cached_property
    def form(self) -> PeriodForm:
        return PeriodForm(self.request.GET)

    @cached_property
    def period(self) -> Period:
        return self.form.period

    @cached_property
    def report(self) -> Report:
        settings = PoolSettings.load(request_or_site=self.request)
        return Report(self.period, settings.vog_valid_years)


class ReportView(ReportMixin, WagtailAdminTemplateMixin, View):
    template_name = "reports/figures/index.html"
    page_title = gettext_lazy("Cijfers")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": "", "label": gettext_lazy("Monitoring")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get(self, request):
        query = period_query(self.period)
        return self.render_to_response(
            self.get_context_data(
                form=self.form,
                period=self.period,
                invalid_period=self.form.chose_invalid_period,
                quick_choices=[
                    (choice, period_query(choice.period), choice.period == self.period)
                    for choice in quick_choices()
                ],
                sections=self.report.sections(),
                period_query=query,
                workbook_url=f"{reverse('reports_figures:workbook')}?{query}",
            )
        )


class ExportMixin(ReportMixin):
    def get(self, request, *args, **kwargs):
        if self.form.chose_invalid_period:
            # The page explains what is wrong with the period.
            return redirect(
                f"{reverse('reports_figures:index')}?{request.GET.urlencode()}"
            )
        return self.export(*args, **kwargs)


class TableExportView(ExportMixin, View):
    file_format = CSV

    def export(self, table):
        found = self.report.table(table)
        if found is None:
            raise Http404
        return table_download(found, self.period, self.file_format)


class WorkbookExportView(ExportMixin, View):
    def export(self):
        tables = [
            table for section in self.report.sections() for table in section.tables
        ]
        content = workbook_content(tables, self.period, self.report.valid_years)
        return download(content, workbook_file_name(self.period), XLSX)
