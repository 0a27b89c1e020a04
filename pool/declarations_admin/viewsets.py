"""The declarations' admin under /admin/declaraties/: Wagtail's listing (with
its own export), add, inspect and history views, and the actions approve,
reject, withdraw and pay. There is no edit, delete, copy or usage view:
nobody edits a declaration, and withdrawing is the only way one goes."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from pool.models import Declaration

from .access import VIEW
from .converters import ID
from .decisions import ApproveView, RejectView
from .detail import DeclarationHistoryView, DeclarationInspectView
from .editing import (
    DeclarationCreateView,
    OwnHoursCreateView,
    WithdrawView,
)
from .filters import DeclarationFilterSet
from .forms import MemberDeclarationForm, OwnHoursForm
from .listing import DECLARATIONS_NAMESPACE, DeclarationIndexView
from .payout import MarkPaidView, PayoutView

KEPT_VIEWS = {"index", "index_results", "add", "history", "history_results", "inspect"}


class DeclarationURLFinder(ModelAdminURLFinder):
    """Links from Wagtail's logs lead to the declaration's page."""

    edit_url_name = f"{DECLARATIONS_NAMESPACE}:inspect"

    def get_edit_url(self, instance):
        policy = policy_registry.get(instance)
        if self.user and not policy.user_has_permission_for_instance(
            self.user, VIEW, instance
        ):
            return None
        return self.construct_edit_url(instance)


class DeclarationViewSet(ModelViewSet):
    model = Declaration
    name = DECLARATIONS_NAMESPACE
    url_prefix = "declaraties"
    pk_path_converter = ID
    icon = "tasks"
    # The menu item, with the number waiting for a decision, is in
    # pool.declarations_admin.menu.
    add_to_admin_menu = False
    copy_view_enabled = False
    inspect_view_enabled = True
    add_to_reference_index = False
    index_view_class = DeclarationIndexView
    add_view_class = DeclarationCreateView
    inspect_view_class = DeclarationInspectView
    history_view_class = DeclarationHistoryView
    filterset_class = DeclarationFilterSet
    search_fields = ["declarant_name"]
    search_backend_name = None
    list_per_page = 50
    url_finder_class = DeclarationURLFinder
    list_export = [
        "date",
        "declarant_name",
        "group.title",
        "get_activity_display",
        "description",
        "hours",
        "costs",
        "costs_note",
        "get_status_display",
        "amount",
        "paid_amount",
        "paid_on",
    ]
    export_headings = {
        "date": _("Datum"),
        "declarant_name": _("Naam"),
        "group.title": _("Groep"),
        "get_activity_display": _("Soort werk"),
        "description": _("Omschrijving"),
        "hours": _("Uren"),
        "costs": _("Onkosten (€)"),
        "costs_note": _("Toelichting op de onkosten"),
        "get_status_display": _("Status"),
        "amount": _("Bedrag (€)"),
        "paid_amount": _("Uit te betalen (€)"),
        "paid_on": _("Uitbetaald op"),
    }
    export_filename = "declaraties"

    def get_form_class(self, for_update=False):
        return MemberDeclarationForm

    def get_urlpatterns(self):
        declaration = f"<{ID}:pk>/"
        kept = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name in KEPT_VIEWS
        ]
        own_hours = self.construct_view(
            OwnHoursCreateView, **self.get_add_view_kwargs(form_class=OwnHoursForm)
        )
        return [
            *kept,
            path("eigen-uren/", own_hours, name="add_own"),
            path(declaration + "goedkeuren/", ApproveView.as_view(), name="approve"),
            path(declaration + "afwijzen/", RejectView.as_view(), name="reject"),
            path(declaration + "intrekken/", WithdrawView.as_view(), name="withdraw"),
            path("uitbetalen/", PayoutView.as_view(), name="payout"),
            path("uitbetalen/markeren/", MarkPaidView.as_view(), name="mark_paid"),
        ]
