"""Filters of the requests' listing: status, domain, the month received, a
proposal waiting for approval and a keep-in-touch call in the coming week."""

import datetime
import re

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from ..choices import REQUEST_DOMAINS, Status
from ..models import KeepInTouch, Request

MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_start(year: int, month: int) -> datetime.datetime:
    """Midnight on the first of the month, in the site's time zone."""
    return timezone.make_aware(datetime.datetime(year, month, 1))


class MonthField(forms.CharField):
    """A month as "2026-11", the value of an <input type="month">."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": _("jjjj-mm")})
    default_error_messages = {
        "invalid": _("Vul een maand in als jjjj-mm, bijvoorbeeld 2026-11.")
    }

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        match = MONTH.match(value)
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], "invalid")
        year, month = int(match.group(1)), int(match.group(2))
        if not (1 <= month <= 12 and 2000 <= year <= 2999):
            raise forms.ValidationError(self.error_messages["invalid"], "invalid")
        return value


class MonthFilter(django_filters.Filter):
    field_class = MonthField

    def filter(self, queryset, value):
        if not value:
            return queryset
        year, month = (int(part) for part in value.split("-"))
        start = month_start(year, month)
        end = month_start(year + month // 12, month % 12 + 1)
        return queryset.filter(submitted_at__gte=start, submitted_at__lt=end)


def with_domain(queryset, key):
    """Requests whose domains hold `key`. The list is stored as JSON text, on
    SQLite and PostgreSQL alike; every key is a plain word, so its quoted form
    matches that key and no other."""
    return queryset.filter(domains__icontains=f'"{key}"')


class RequestFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"),
        choices=Status.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    domain = django_filters.ChoiceFilter(
        label=_("Onderwerp"),
        choices=REQUEST_DOMAINS,
        method="filter_domain",
        empty_label=_("Alle onderwerpen"),
    )
    month = MonthFilter(label=_("Ontvangen in maand"))
    awaiting_approval = django_filters.BooleanFilter(
        label=_("Voorstel wacht op goedkeuring"),
        method="filter_awaiting_approval",
        widget=forms.CheckboxInput,
    )
    keep_in_touch_soon = django_filters.BooleanFilter(
        label=_("Waakvlamcontact in de komende 7 dagen"),
        method="filter_keep_in_touch_soon",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = Request
        fields = []

    def filter_domain(self, queryset, name, value):
        return with_domain(queryset, value) if value else queryset

    def filter_awaiting_approval(self, queryset, name, value):
        return queryset.awaiting_approval() if value else queryset

    def filter_keep_in_touch_soon(self, queryset, name, value):
        if not value:
            return queryset
        today = timezone.localdate()
        soon = KeepInTouch.objects.planned_between(
            today, today + datetime.timedelta(days=6)
        )
        return queryset.filter(pk__in=soon.values("trajectory__request_id"))
