"""The fee overview page in the admin, for coordinators only."""

from django import forms
from django.contrib import messages
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from pool.models import PoolSettings
from pool.views.imports import CoordinatorOnlyMixin

from ..periods import site_today
from ..spreadsheets import CONTENT_TYPES
from .exports import export_response
from .figures import available_years, fee_overview


class YearForm(forms.Form):
    year = forms.TypedChoiceField(label=gettext_lazy("Jaar"), coerce=int)

    def __init__(self, *args, years, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["year"].choices = [(year, str(year)) for year in years]


class FeeOverviewView(CoordinatorOnlyMixin, WagtailAdminTemplateMixin, View):
    template_name = "reports/fees/index.html"
    page_title = gettext_lazy("Vergoedingen organisaties")
    header_icon = "table"
    http_method_names = ["get"]

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    @cached_property
    def today(self):
        return site_today()

    @cached_property
    def years(self) -> list[int]:
        return available_years(self.today)

    def chosen_year(self) -> int | None:
        """The year asked for, or None when it is not one of self.years."""
        if "year" not in self.request.GET:
            return self.today.year
        form = YearForm(self.request.GET, years=self.years)
        return form.cleaned_data["year"] if form.is_valid() else None

    def get(self, request):
        year = self.chosen_year()
        if year is None:
            messages.error(
                request,
                _(
                    "Dit jaar kunt u niet kiezen. Kies een jaar van %(first)s tot "
                    "en met %(last)s. U ziet nu het overzicht van %(year)s."
                )
                % {
                    "first": self.years[-1],
                    "last": self.years[0],
                    "year": self.today.year,
                },
            )
            year = self.today.year
        elif request.GET.get("export") in CONTENT_TYPES:
            return export_response(self.overview(year), request.GET["export"])
        context = self.get_context_data(
            overview=self.overview(year),
            form=YearForm(initial={"year": year}, years=self.years),
            is_current_year=year == self.today.year,
        )
        return self.render_to_response(context)

    def overview(self, year: int):
        valid_years = PoolSettings.load(request_or_site=self.request).vog_valid_years
        return fee_overview(year, self.today, valid_years)
