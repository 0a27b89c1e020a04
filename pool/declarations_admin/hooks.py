"""Registers the declarations' admin: permission policies, viewsets and the
items of the OCO-pool menu. Imported by pool.wagtail_hooks, early, so that
the policies are in place before anything asks for them."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from pool.contact_groups import is_coordinator
from pool.menu import PoolMenuItem
from pool.models import AllowanceYear, Declaration, OtherAllowance

from .access import (
    AllowanceYearPermissionPolicy,
    DeclarationPermissionPolicy,
    OtherAllowancePermissionPolicy,
    may_use_declarations,
)

register_permission_policy(Declaration, DeclarationPermissionPolicy(Declaration))
register_permission_policy(
    OtherAllowance, OtherAllowancePermissionPolicy(OtherAllowance)
)
register_permission_policy(AllowanceYear, AllowanceYearPermissionPolicy(AllowanceYear))

# The viewsets import views that look up the policies: after registering them.
from .allowance_years import AllowanceYearViewSet  # noqa: E402
from .menu import DeclarationsMenuItem  # noqa: E402
from .other_allowances import OtherAllowanceViewSet  # noqa: E402
from .viewsets import DeclarationViewSet  # noqa: E402

declaration_viewset = DeclarationViewSet()
allowance_year_viewset = AllowanceYearViewSet()
other_allowance_viewset = OtherAllowanceViewSet()


@hooks.register("register_admin_viewset")
def register_declaration_viewsets():
    return [declaration_viewset, allowance_year_viewset, other_allowance_viewset]


@hooks.register("register_pool_menu_item")
def register_declarations_menu_item():
    return DeclarationsMenuItem(
        gettext_lazy("Declaraties"),
        reverse_lazy("pool_declarations:index"),
        name="pool-declarations",
        icon_name="tasks",
        order=260,
    )


@hooks.register("register_pool_menu_item")
def register_payout_menu_item():
    return PoolMenuItem(
        gettext_lazy("Declaraties uitbetalen"),
        reverse_lazy("pool_declarations:payout"),
        shown_to=is_coordinator,
        name="pool-payout",
        icon_name="download",
        order=265,
    )


@hooks.register("register_pool_menu_item")
def register_other_allowances_menu_item():
    return PoolMenuItem(
        gettext_lazy("Vergoedingen ander vrijwilligerswerk"),
        reverse_lazy("pool_other_allowances:index"),
        shown_to=may_use_declarations,
        name="pool-other-allowances",
        icon_name="doc-full",
        order=270,
    )


@hooks.register("register_pool_menu_item")
def register_allowance_years_menu_item():
    return PoolMenuItem(
        gettext_lazy("Vrijwilligersvergoeding per jaar"),
        reverse_lazy("pool_allowance_years:index"),
        shown_to=is_coordinator,
        name="pool-allowance-years",
        icon_name="calendar-alt",
        order=280,
    )
