"""The listing of declarations: newest first, with how many wait for a
decision above it, in a fixed number of queries. A contact person sees the
declarations of their own groups only."""

from django.urls import reverse
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.menus import MenuItem as ButtonMenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button, HeaderButton

from pool.allowances import euro
from pool.contact_groups import is_coordinator
from pool.models import DeclarationStatus
from pool.spreadsheets import PoolSpreadsheetExportMixin

from .access import (
    AccessRequiredMixin,
    contact_person_groups,
    in_scope,
    visible_declarations,
)

DECLARATIONS_NAMESPACE = "pool_declarations"


def declaration_url(view_name, *args, query=""):
    url = reverse(f"{DECLARATIONS_NAMESPACE}:{view_name}", args=args)
    return f"{url}?{query}" if query else url


def day(value):
    return date_format(value, "j b Y") if value else ""


def hours_text(value) -> str:
    return number_format(value, decimal_pos=2) if value else ""


class DayColumn(Column):
    def get_value(self, instance):
        return day(super().get_value(instance))


class HoursColumn(Column):
    def get_value(self, instance):
        return hours_text(instance.hours)


class CostsColumn(Column):
    def get_value(self, instance):
        return euro(instance.costs) if instance.costs else ""


class AmountColumn(Column):
    """The amount fixed at approval, and the payable part when it is less."""

    def get_value(self, instance):
        if instance.amount is None:
            return ""
        if instance.paid_amount is not None and instance.paid_amount < instance.amount:
            return _("%(amount)s (uit te betalen: %(payable)s)") % {
                "amount": euro(instance.amount),
                "payable": euro(instance.paid_amount),
            }
        return euro(instance.amount)


class StatusColumn(StatusTagColumn):
    def get_value(self, instance):
        if instance.paid_on:
            return _("Uitbetaald op %(day)s") % {"day": day(instance.paid_on)}
        return instance.get_status_display()


class DeclarationIndexView(
    AccessRequiredMixin, PoolSpreadsheetExportMixin, generic.IndexView
):
    template_name = "pool/declarations/index.html"
    default_ordering = "-date"
    page_title = gettext_lazy("Declaraties")

    def get_base_queryset(self):
        return visible_declarations(self.request.user).select_related("group")

    def order_queryset(self, queryset):
        queryset = super().order_queryset(queryset)
        # A tie-breaker, so that pages of the listing never overlap.
        return queryset.order_by(*queryset.query.order_by, "-pk")

    @cached_property
    def is_coordinator(self):
        return is_coordinator(self.request.user)

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            DayColumn("date", label=_("Datum"), sort_key="date"),
            title_column(
                "declarant_name",
                label=_("Naam"),
                get_url=lambda d: declaration_url("inspect", d.pk),
                sort_key="declarant_name",
            ),
            Column("group", label=_("Groep"), accessor="group.title"),
            Column("activity", label=_("Soort werk"), accessor="get_activity_display"),
            HoursColumn("hours", label=_("Uren"), sort_key="hours"),
            CostsColumn("costs", label=_("Onkosten"), sort_key="costs"),
            AmountColumn("amount", label=_("Bedrag"), sort_key="amount"),
            StatusColumn(
                "status",
                label=_("Status"),
                primary=lambda d: d.status == DeclarationStatus.SUBMITTED,
                sort_key="status",
            ),
        ]

    def get_edit_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        return declaration_url("inspect", instance.pk)

    def get_delete_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        buttons = [
            ButtonMenuItem(
                _("Bekijken"),
                url=declaration_url("inspect", instance.pk),
                icon_name="view",
                priority=10,
            )
        ]
        waiting = not instance.is_decided
        if waiting and self.is_coordinator:
            buttons += [
                ButtonMenuItem(
                    _("Goedkeuren"),
                    url=declaration_url("approve", instance.pk),
                    icon_name="tick",
                    priority=20,
                ),
                ButtonMenuItem(
                    _("Afwijzen"),
                    url=declaration_url("reject", instance.pk),
                    icon_name="cross",
                    priority=30,
                ),
            ]
        if waiting and in_scope(self.request.user, instance.group_id):
            buttons.append(
                ButtonMenuItem(
                    _("Intrekken"),
                    url=declaration_url("withdraw", instance.pk),
                    icon_name="bin",
                    priority=40,
                )
            )
        buttons.append(
            ButtonMenuItem(
                _("Geschiedenis"),
                url=declaration_url("history", instance.pk),
                icon_name="history",
                priority=50,
            )
        )
        return buttons

    @cached_property
    def add_item_label(self):
        return _("Declaratie invoeren voor een OCO")

    @cached_property
    def header_buttons(self):
        buttons = [*super().header_buttons]
        if contact_person_groups(self.request.user).exists():
            buttons.append(
                HeaderButton(
                    _("Eigen uren als contactpersoon"),
                    url=declaration_url("add_own"),
                    icon_name="plus",
                )
            )
        return buttons

    @cached_property
    def header_more_buttons(self):
        buttons = [*super().header_more_buttons]
        if self.is_coordinator:
            buttons.append(
                Button(
                    _("Uitbetalen"),
                    url=declaration_url("payout"),
                    icon_name="download",
                    priority=50,
                )
            )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.results_only:
            context["waiting_count"] = (
                visible_declarations(self.request.user).submitted().count()
            )
            context["waiting_url"] = declaration_url(
                "index", query=f"status={DeclarationStatus.SUBMITTED}"
            )
        return context
