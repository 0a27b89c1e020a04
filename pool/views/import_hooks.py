"""URLs and menu items of the roster import and export."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks

from pool.access import manages_a_group
from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem

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
    return PoolMenuItem(
        gettext_lazy("Importeren"),
        reverse_lazy("pool_roster:import"),
        shown_to=is_coordinator,
        icon_name="upload",
        order=300,
    )


@hooks.register("register_pool_menu_item")
def register_export_menu_item():
    return PoolMenuItem(
        gettext_lazy("Exporteren"),
        reverse_lazy("pool_roster:index"),
        shown_to=manages_a_group,
        icon_name="download",
        order=310,
    )
