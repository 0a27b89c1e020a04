import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .models import Organisation
from .models.organisations import MINIMUM_MEMBERS
from .spreadsheets import PoolSpreadsheetExportMixin


class ActiveMembersColumn(Column):
    """The number of active OCO's, marked when below the convenant's minimum."""

    cell_template_name = "pool/admin/active_members_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["too_few"] = instance.has_too_few_members
        context["minimum"] = MINIMUM_MEMBERS
        return context


class OrganisationFilterSet(WagtailFilterSet):
    too_few_members = django_filters.BooleanFilter(
        label=_("Minder dan drie actieve OCO's"), method="filter_too_few"
    )

    class Meta:
        model = Organisation
        fields = ["bo_plus_active"]

    def filter_too_few(self, queryset, name, value):
        if value is None:
            return queryset
        if value:
            return queryset.filter(active_member_count__lt=MINIMUM_MEMBERS)
        return queryset.filter(active_member_count__gte=MINIMUM_MEMBERS)


class OrganisationIndexView(PoolSpreadsheetExportMixin, IndexView):
    """The listing and its CSV/XLSX export: ja/nee, and no formulas."""


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    index_view_class = OrganisationIndexView
    icon = "group"
    menu_label = _("Organisaties")
    menu_order = 200
    add_to_admin_menu = True
    menu_hook = "register_pool_menu_item"
    filterset_class = OrganisationFilterSet
    search_fields = ["name"]
    list_display = [
        TitleColumn(
            "name", label=_("Naam"), url_name="wagtailsnippets_pool_organisation:edit"
        ),
        ActiveMembersColumn(
            "active_member_count",
            label=_("Actieve OCO's"),
            sort_key="active_member_count",
        ),
        BooleanColumn("bo_plus_active", label=_("Actief in BO+")),
        Column("fee_display", label=_("Vergoeding per jaar (€)")),
        Column("contact_person_name", label=_("Contactpersoon")),
        Column("active_until", label=_("Deelnemer tot en met")),
    ]
    list_export = [
        "name",
        "website",
        "bo_plus_active",
        "yearly_fee",
        "active_member_count",
        "contact_person_name",
        "active_from",
        "active_until",
    ]
    export_headings = {
        "name": _("Naam"),
        "website": _("Website"),
        "bo_plus_active": _("Actief in BO+"),
        "yearly_fee": _("Vergoeding per jaar"),
        "active_member_count": _("Actieve OCO's"),
        "contact_person_name": _("Contactpersoon"),
        "active_from": _("Deelnemer vanaf"),
        "active_until": _("Deelnemer tot en met"),
    }
    export_filename = "organisaties"

    def get_queryset(self, request):
        return Organisation.objects.with_active_member_count().select_related(
            "roster_group__contact_person"
        )
