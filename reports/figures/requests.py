"""Requests submitted in the period: per month, per domain and per referral."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from intake.choices import REQUEST_DOMAINS, Referral
from intake.models import Request

from ..periods import Period, site_zone
from .counts import LabelledCount


def requests_in(period: Period):
    return Request.objects.filter(
        submitted_at__gte=period.starts_at, submitted_at__lt=period.ends_before
    )


@dataclass(frozen=True)
class MonthCount:
    month: datetime.date  # the first day of the month
    count: int


def per_month(period: Period) -> list[MonthCount]:
    """Every month of the period, also those without requests. A request
    belongs to the month of its local date: 23:30 on 31 January is January."""
    rows = (
        requests_in(period)
        .annotate(month=TruncMonth("submitted_at", tzinfo=site_zone()))
        .order_by()
        .values("month")
        .annotate(count=Count("pk"))
    )
    counts = {
        timezone.localtime(row["month"], site_zone()).date(): row["count"]
        for row in rows
    }
    return [MonthCount(month, counts.get(month, 0)) for month in period.months()]


@dataclass(frozen=True)
class DomainCounts:
    requests: int
    domains: list[LabelledCount]


def domain_filter(key: str) -> Q:
    # The domains are a JSON list; its text holds the key in quotes, which
    # matches the whole key only and works in SQLite as well as PostgreSQL.
    return Q(domains__icontains=f'"{key}"')


def per_domain(period: Period) -> DomainCounts:
    """Requests per domain, every domain listed; a request with two domains
    counts for both, so the counts may add up to more than `requests`."""
    totals = requests_in(period).aggregate(
        requests=Count("pk"),
        **{
            f"domain_{index}": Count("pk", filter=domain_filter(key))
            for index, (key, _label) in enumerate(REQUEST_DOMAINS)
        },
    )
    return DomainCounts(
        requests=totals["requests"],
        domains=[
            LabelledCount(key, str(label), totals[f"domain_{index}"])
            for index, (key, label) in enumerate(REQUEST_DOMAINS)
        ],
    )


def per_referral(period: Period) -> list[LabelledCount]:
    """Requests per way they found us, in the order of the form; a request
    without an answer counts as "Niet ingevuld", listed last."""
    counts = dict(
        requests_in(period)
        .order_by()
        .values("referral")
        .annotate(count=Count("pk"))
        .values_list("referral", "count")
    )
    rows = [
        LabelledCount(value, str(label), counts.pop(value, 0))
        for value, label in Referral.choices
    ]
    not_filled_in = counts.pop("", 0)
    # A value no longer on the form still counts, under its own name.
    rows.extend(LabelledCount(value, value, count) for value, count in counts.items())
    rows.append(LabelledCount("", _("Niet ingevuld"), not_filled_in))
    return rows
