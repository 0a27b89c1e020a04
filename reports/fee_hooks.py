"""The yearly overview of the organisations' fees in the admin."""

from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks

from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem

from .fees.views import FeeOverviewView


@hooks.register("register_admin_urls")
def register_fee_overview_url():
    return [
        path(
            "rapportages/vergoedingen/",
            FeeOverviewView.as_view(),
            name="reports_fees",
        )
    ]


@hooks.register("register_monitoring_menu_item")
def register_fee_overview_menu_item():
    return PoolMenuItem(
        gettext_lazy("Vergoedingen organisaties"),
        reverse_lazy("reports_fees"),
        shown_to=is_coordinator,
        name="reports-fees",
        icon_name="table",
        order=200,
    )
