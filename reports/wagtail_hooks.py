"""The coordinators' "Monitoring" menu, its "Cijfers" item and the report's
URLs. The menu is filled through the "register_monitoring_menu_item" hook,
which the fee overview uses as well; Wagtail's own "Rapporten" menu (locked
pages, workflows, site history) stays as it is."""

from . import fee_hooks  # noqa: F401

# isort: split
from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem

from .views import ReportView, TableExportView, WorkbookExportView

reports_menu = Menu(
    register_hook_name="register_monitoring_menu_item",
    construct_hook_name="construct_monitoring_menu",
)

urlpatterns = [
    path("", ReportView.as_view(), name="index"),
    path("export/rapportage.xlsx", WorkbookExportView.as_view(), name="workbook"),
    path(
        "export/<slug:table>.csv",
        TableExportView.as_view(file_format="csv"),
        name="export_csv",
    ),
    path(
        "export/<slug:table>.xlsx",
        TableExportView.as_view(file_format="xlsx"),
        name="export_xlsx",
    ),
]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("rapportages/", include((urlpatterns, "reports_figures")))]


@hooks.register("register_admin_menu_item")
def register_reports_menu():
    """Shown only when one of its items is shown (SubmenuMenuItem.is_shown)."""
    return SubmenuMenuItem(
        gettext_lazy("Monitoring"),
        reports_menu,
        name="monitoring",
        icon_name="tasks",
        order=170,
    )


@hooks.register("register_monitoring_menu_item")
def register_figures_menu_item():
    return PoolMenuItem(
        gettext_lazy("Cijfers"),
        reverse_lazy("reports_figures:index"),
        shown_to=is_coordinator,
        name="reports-figures",
        icon_name="list-ul",
        order=100,
    )
