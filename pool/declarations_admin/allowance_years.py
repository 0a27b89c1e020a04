"""The tax-free maxima and OCO Almere's rate per year, for coordinators: a
list, adding a year and correcting one. A year is never deleted: approved
declarations were checked against it."""

import re

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.history import HistoryView
from wagtail.admin.viewsets.model import ModelViewSet

from pool.allowances import euro
from pool.declaration_forms import AmountField
from pool.models import AllowanceYear

from .access import CoordinatorRequiredMixin
from .converters import ID
from .editing import PageTitleMixin

ALLOWANCE_YEARS_NAMESPACE = "pool_allowance_years"
YEAR_PARAMETER = "jaar"
AMOUNT_FIELDS = [
    "max_per_hour",
    "max_per_month",
    "max_per_year",
    "hourly_rate",
    "contact_person_max_per_year",
]


def add_year_url(year: int) -> str:
    url = reverse(f"{ALLOWANCE_YEARS_NAMESPACE}:add")
    return f"{url}?{urlencode({YEAR_PARAMETER: year})}"


class AllowanceYearForm(WagtailAdminModelForm):
    """Amounts as a coordinator types them: 5,60 as well as 5.60. The year of
    a saved row stays what it is: changing 2025 into 2027 would take 2025's
    figures away from the declarations of 2025."""

    class Meta:
        field_classes = dict.fromkeys(AMOUNT_FIELDS, AmountField)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in AMOUNT_FIELDS:
            field = self.fields[name]
            field.localize = True
            field.widget.is_localized = True
        if self.instance.pk:
            self.fields["year"].disabled = True
            self.fields["year"].help_text = _(
                "Het jaar verandert niet. Zijn dit de bedragen van een ander "
                "jaar? Voeg dat jaar dan toe."
            )


class EuroColumn(Column):
    def get_value(self, instance):
        return euro(super().get_value(instance))


class AllowanceYearIndexView(CoordinatorRequiredMixin, generic.IndexView):
    template_name = "pool/declarations/allowance_year_index.html"
    default_ordering = "-year"

    @cached_property
    def columns(self):
        title_column = self._get_title_column_class(TitleColumn)
        return [
            title_column(
                "year",
                label=_("Jaar"),
                get_url=self.get_edit_url,
                sort_key="year",
            ),
            EuroColumn("max_per_hour", label=_("Maximum per uur")),
            EuroColumn("max_per_month", label=_("Maximum per maand")),
            EuroColumn("max_per_year", label=_("Maximum per jaar")),
            EuroColumn("hourly_rate", label=_("Vergoeding per uur")),
            EuroColumn(
                "contact_person_max_per_year", label=_("Maximum contactpersoon")
            ),
        ]

    @cached_property
    def add_item_label(self):
        return _("Jaar toevoegen")


class AllowanceYearCreateView(
    CoordinatorRequiredMixin, PageTitleMixin, generic.CreateView
):
    page_title = gettext_lazy("Jaar toevoegen")
    submit_button_label = gettext_lazy("Jaar opslaan")
    error_message = gettext_lazy("Het jaar is niet opgeslagen; zie de fouten.")

    def get_initial(self):
        """The year asked for by the link on a declaration of that year."""
        initial = super().get_initial()
        year = self.request.GET.get(YEAR_PARAMETER, "")
        if re.fullmatch(r"[0-9]{4}", year):
            initial["year"] = int(year)
        return initial

    def get_success_message(self, instance):
        return _(
            "De bedragen voor %(year)s zijn opgeslagen. Declaraties van %(year)s "
            "kunnen nu worden goedgekeurd."
        ) % {"year": instance.year}

    def get_success_buttons(self):
        return []


class AllowanceYearEditView(CoordinatorRequiredMixin, generic.EditView):
    error_message = gettext_lazy("Het jaar is niet opgeslagen; zie de fouten.")

    def get_side_panels(self):
        # Wagtail's status panel links to a usage view; nothing refers to a year.
        return MediaContainer([])

    def get_success_message(self):
        return _(
            "De bedragen voor %(year)s zijn opgeslagen. Al goedgekeurde "
            "declaraties houden hun bedrag."
        ) % {"year": self.object.year}

    def get_success_buttons(self):
        return []


class AllowanceYearHistoryView(CoordinatorRequiredMixin, HistoryView):
    pass


class AllowanceYearViewSet(ModelViewSet):
    model = AllowanceYear
    name = ALLOWANCE_YEARS_NAMESPACE
    url_prefix = "vrijwilligersvergoeding"
    pk_path_converter = ID
    icon = "calendar-alt"
    # The menu item is registered in pool.declarations_admin.hooks.
    add_to_admin_menu = False
    copy_view_enabled = False
    add_to_reference_index = False
    index_view_class = AllowanceYearIndexView
    add_view_class = AllowanceYearCreateView
    edit_view_class = AllowanceYearEditView
    history_view_class = AllowanceYearHistoryView
    edit_handler = ObjectList(AllowanceYear.panels, base_form_class=AllowanceYearForm)

    def get_urlpatterns(self):
        kept = {"index", "index_results", "add", "edit", "history", "history_results"}
        return [
            pattern for pattern in super().get_urlpatterns() if pattern.name in kept
        ]
