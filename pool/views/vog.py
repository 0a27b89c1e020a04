"""The VOG overview: active members whose VOG is missing or too old, for the
coordinators (all groups) and for contact persons (their own groups)."""

import django_filters
from django import forms
from django.http import Http404
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic import IndexView

from pool.access import managed_groups, manages_a_group
from pool.models import Member, PoolSettings
from pool.spreadsheets import PoolSpreadsheetExportMixin
from pool.vog import (
    STATUS_EXPIRED,
    STATUS_MISSING,
    members_needing_vog,
    vog_status,
    vog_status_label,
)

from .responses import forbidden

PAGE_SIZE = 50


def group_choices(request):
    return managed_groups(request.user).order_by("title", "pk")


class VogFilterSet(WagtailFilterSet):
    group = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Groep"),
        field_name="page",
        queryset=group_choices,
        # Looked up by the page's own id: a lookup through the page link has
        # no guard against numbers too large for the database.
        to_field_name="id",
        empty_label=gettext_lazy("Alle groepen"),
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[
            (STATUS_MISSING, gettext_lazy("ontbreekt")),
            (STATUS_EXPIRED, gettext_lazy("verlopen")),
        ],
        empty_label=gettext_lazy("Alle"),
        widget=forms.RadioSelect,
        method="filter_status",
    )

    class Meta:
        model = Member
        fields = ["group", "status"]

    def filter_status(self, queryset, name, value):
        if value == STATUS_MISSING:
            return queryset.filter(vog_date__isnull=True)
        if value == STATUS_EXPIRED:
            return queryset.filter(vog_date__isnull=False)
        return queryset


class VogDateColumn(Column):
    empty_value_display = gettext_lazy("geen VOG")

    def get_value(self, instance):
        if instance.vog_date is None:
            return ""
        return date_format(instance.vog_date, "j F Y")


class VogStatusColumn(Column):
    cell_template_name = "pool/admin/vog_status_cell.html"

    def __init__(self, name, valid_years, **kwargs):
        super().__init__(name, **kwargs)
        self.valid_years = valid_years

    def get_value(self, instance):
        return vog_status_label(instance, self.valid_years)

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["status"] = vog_status(instance)
        return context


class VogIndexView(PoolSpreadsheetExportMixin, IndexView):
    model = Member
    template_name = "pool/admin/vog_index.html"
    index_url_name = "pool_vog:index"
    index_results_url_name = "pool_vog:index_results"
    page_title = gettext_lazy("VOG-overzicht")
    header_icon = "warning"
    paginate_by = PAGE_SIZE
    filterset_class = VogFilterSet
    # Access is decided by pool.vog, not by Django model permissions.
    permission_policy = None
    any_permission_required = None
    list_export = ["name", "group", "email", "vog_date", "status"]
    export_headings = {
        "name": gettext_lazy("Naam"),
        "group": gettext_lazy("Groep"),
        "email": gettext_lazy("E-mailadres"),
        "vog_date": gettext_lazy("Datum VOG"),
        "status": gettext_lazy("Status"),
    }
    export_filename = "vog-overzicht"

    def dispatch(self, request, *args, **kwargs):
        if not manages_a_group(request.user):
            return forbidden(request)
        if self.filters and "group" in self.filters.form.errors:
            # A group the user may not see (or no group at all) is answered
            # with 404, not ignored.
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def valid_years(self) -> int:
        return PoolSettings.load(request_or_site=self.request).vog_valid_years

    def get_base_queryset(self):
        return members_needing_vog(self.request.user, self.valid_years)

    @cached_property
    def columns(self):
        return [
            Column("name", label=_("Naam"), sort_key="name"),
            TitleColumn(
                "group",
                label=_("Groep"),
                accessor="page.title",
                url_name="wagtailadmin_pages:edit",
                id_accessor="page_id",
                sort_key="page__title",
            ),
            Column("email", label=_("E-mailadres")),
            VogDateColumn("vog_date", label=_("Datum VOG"), sort_key="vog_date"),
            VogStatusColumn("status", self.valid_years, label=_("Status")),
        ]

    @cached_property
    def no_results_message(self):
        if self.is_filtering:
            return _("Geen leden gevonden met deze filters.")
        return _("Alle actieve leden hebben een geldige VOG.")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["valid_years"] = self.valid_years
        if self.request.user.has_perm("pool.change_poolsettings"):
            context["settings_url"] = reverse(
                "wagtailsettings:edit", args=["pool", "poolsettings"]
            )
        return context

    def to_row_dict(self, item):
        return {
            "name": item.name,
            "group": item.page.title,
            "email": item.email,
            "vog_date": item.vog_date,
            "status": vog_status_label(item, self.valid_years),
        }
