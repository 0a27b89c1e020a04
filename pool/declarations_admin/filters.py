"""Filters of the declarations' listing: status, kind of work, group, period
and whether the payout was recorded."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from pool.access import managed_groups
from pool.models import Activity, Declaration, DeclarationStatus

PAID, UNPAID = "ja", "nee"


def group_choices(request):
    return managed_groups(request.user).order_by("title", "pk")


class DeclarationFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=DeclarationStatus.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    activity = django_filters.ChoiceFilter(
        label=_("Soort werk"),
        choices=Activity.choices,
        empty_label=_("Alle soorten werk"),
    )
    group = django_filters.ModelChoiceFilter(
        label=_("Groep"),
        queryset=group_choices,
        # Looked up by the page's own id: a lookup through the page link has
        # no guard against numbers too large for the database.
        to_field_name="id",
        empty_label=_("Alle groepen"),
    )
    date = django_filters.DateFromToRangeFilter(
        label=_("Datum van het werk"), widget=DateRangePickerWidget
    )
    paid = django_filters.ChoiceFilter(
        label=_("Uitbetaald"),
        choices=[(PAID, _("ja")), (UNPAID, _("goedgekeurd, nog niet uitbetaald"))],
        empty_label=_("Alle"),
        widget=forms.RadioSelect,
        method="filter_paid",
    )

    class Meta:
        model = Declaration
        fields = ["status", "activity", "group", "date", "paid"]

    def filter_paid(self, queryset, name, value):
        if value == PAID:
            return queryset.filter(paid_on__isnull=False)
        if value == UNPAID:
            return queryset.approved().filter(paid_on__isnull=True)
        return queryset
