"""URLs and menu items of the roster import and export."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from pool.access import manages_a_group
from pool.contact_groups import is_coordinator

from .exports import RosterExportView, RosterOverviewView
from .imports import RosterImportConfirmView, RosterImportView

urlpatterns = [
    path("", RosterOverviewView.as_view(), name="index"),
    path("import/", RosterImportView.as_view(), name="import"),
    path("import/<int:group_id>/", RosterImportView.as_view(), name="import_group"),
    path("import/confirm/", RosterImportConfirmView.as_view(), name="import_confirm"),
    path(
        "export/<int:group_id>/csv/",
        RosterExportView.as_view(),
        {"file_format": "csv"},
        name="export_csv",
    ),
    path(
        "export/<int:group_id>/xlsx/",
        RosterExportView.as_view(),
        {"file_format": "xlsx"},
        name="export_xlsx",
    ),
]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return is_coordinator(request.user)


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return manages_a_group(request.user)


@hooks.register("register_admin_urls")
def register_roster_urls():
    return [
        path(
            "ledenlijsten/",
            include((urlpatterns, "pool_roster"), namespace="pool_roster"),
        )
    ]


@hooks.register("register_pool_menu_item")
def register_import_menu_item():
    return ImportMenuItem(
        gettext_lazy("Importeren"),
        reverse_lazy("pool_roster:import"),
        icon_name="upload",
        order=300,
    )


@hooks.register("register_pool_menu_item")
def register_export_menu_item():
    return ExportMenuItem(
        gettext_lazy("Exporteren"),
        reverse_lazy("pool_roster:index"),
        icon_name="download",
        order=310,
    )
