"""Allowances members receive for volunteer work elsewhere, which count
towards the same tax-free maxima (convenant 8b). Coordinators, and the
contact person of the member's group, record and correct them; approving a
declaration shows them."""

from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet

from pool.allowances import euro
from pool.models import OtherAllowance

from .access import AccessRequiredMixin, visible_other_allowances
from .converters import ID
from .editing import PageTitleMixin
from .forms import OtherAllowanceForm

OTHER_ALLOWANCES_NAMESPACE = "pool_other_allowances"


def month_label(value) -> str:
    return date_format(value, "F Y") if value else ""


def visible_rows(user):
    return visible_other_allowances(user).select_related("member__page")


def saved_message(instance) -> str:
    return _("De vergoeding van %(member)s in %(month)s is opgeslagen.") % {
        "member": instance.member.name,
        "month": month_label(instance.month),
    }


class ScopedObjectMixin:
    """Another group's allowance is not found. Only the object is scoped: the
    history view's own queryset is its log entries."""

    def get_object(self, queryset=None):
        return get_object_or_404(visible_rows(self.request.user), pk=self.kwargs["pk"])


class UserFormMixin:
    def get_panel(self):
        return None

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def get_side_panels(self):
        return MediaContainer([])

    def get_success_buttons(self):
        return []


class MonthColumn(Column):
    def get_value(self, instance):
        return month_label(instance.month)


class AmountColumn(Column):
    def get_value(self, instance):
        return euro(instance.amount)


class OtherAllowanceIndexView(AccessRequiredMixin, generic.IndexView):
    default_ordering = "-month"
    page_title = gettext_lazy("Vergoedingen voor ander vrijwilligerswerk")
    template_name = "pool/declarations/other_allowance_index.html"

    def get_base_queryset(self):
        return visible_rows(self.request.user)

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        return queryset.order_by(*queryset.query.order_by, "-pk")

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "member",
                label=_("OCO"),
                accessor="member.name",
                get_url=self.get_edit_url,
                sort_key="member__name",
            ),
            Column("group", label=_("Groep"), accessor="member.page.title"),
            MonthColumn("month", label=_("Maand"), sort_key="month"),
            AmountColumn("amount", label=_("Bedrag"), sort_key="amount"),
            Column("organisation", label=_("Bij welke organisatie")),
        ]

    @cached_property
    def add_item_label(self):
        return _("Vergoeding toevoegen")


class OtherAllowanceCreateView(
    AccessRequiredMixin, PageTitleMixin, UserFormMixin, generic.CreateView
):
    page_title = gettext_lazy("Vergoeding voor ander vrijwilligerswerk toevoegen")
    submit_button_label = gettext_lazy("Opslaan")
    error_message = gettext_lazy("De vergoeding is niet opgeslagen; zie de fouten.")

    def get_success_message(self, instance):
        return saved_message(instance)


class OtherAllowanceEditView(
    AccessRequiredMixin, ScopedObjectMixin, UserFormMixin, generic.EditView
):
    error_message = gettext_lazy("De vergoeding is niet opgeslagen; zie de fouten.")

    def get_success_message(self):
        return saved_message(self.object)


class OtherAllowanceHistoryView(AccessRequiredMixin, ScopedObjectMixin, HistoryView):
    pass


class OtherAllowanceViewSet(ModelViewSet):
    model = OtherAllowance
    name = OTHER_ALLOWANCES_NAMESPACE
    url_prefix = "andere-vergoedingen"
    pk_path_converter = ID
    icon = "doc-full"
    # The menu item is registered in pool.declarations_admin.hooks.
    add_to_admin_menu = False
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = OtherAllowanceIndexView
    add_view_class = OtherAllowanceCreateView
    edit_view_class = OtherAllowanceEditView
    history_view_class = OtherAllowanceHistoryView
    search_fields = ["member__name", "organisation"]
    search_backend_name = None

    def get_form_class(self, for_update=False):
        return OtherAllowanceForm

    def get_urlpatterns(self):
        kept = {"index", "index_results", "add", "edit", "history", "history_results"}
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name in kept
        ]
