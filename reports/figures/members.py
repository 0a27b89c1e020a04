"""Active OCO's in the period and how many of them had a valid VOG at its end,
or today when the period has not ended yet."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q

from pool.models import Member
from pool.models.members import years_before

from ..periods import Period, site_today


def on_roster(period: Period) -> Q:
    """Members on a roster for at least one day of the period: joined on or
    before its end, and not left before its start (a member who left on its
    first day still counts)."""
    return Q(joined_on__lte=period.end) & (
        Q(left_on__isnull=True) | Q(left_on__gte=period.start)
    )


def active_during(period: Period):
    return Member.objects.filter(on_roster(period))


def valid_vog_on(day: datetime.date, valid_years: int) -> Q:
    """A VOG dated on or before the day and not more than valid_years older
    than that day (as in the VOG overview)."""
    return Q(
        vog_date__isnull=False,
        vog_date__lte=day,
        vog_date__gte=years_before(day, valid_years),
    )


@dataclass(frozen=True)
class GroupCoverage:
    group: str
    active: int
    valid_vog: int


@dataclass(frozen=True)
class VogCoverage:
    groups: list[GroupCoverage]
    day: datetime.date  # the day the VOG's were judged on

    @property
    def active(self) -> int:
        return sum(group.active for group in self.groups)

    @property
    def valid_vog(self) -> int:
        return sum(group.valid_vog for group in self.groups)


def vog_day(period: Period, today: datetime.date) -> datetime.date:
    """The last day of the period; today while the period runs on: a VOG that
    is still valid at a later end says nothing about today."""
    return min(period.end, today)


def vog_coverage(
    period: Period, valid_years: int, today: datetime.date | None = None
) -> VogCoverage:
    """Active members per group (by group title), with how many had a valid
    VOG on the last day of the period, or today when that is earlier."""
    day = vog_day(period, today or site_today())
    rows = (
        active_during(period)
        .order_by()
        .values("page_id", "page__title")
        .annotate(
            n_active=Count("pk"),
            n_valid_vog=Count("pk", filter=valid_vog_on(day, valid_years)),
        )
    )
    groups = [
        GroupCoverage(row["page__title"], row["n_active"], row["n_valid_vog"])
        for row in rows
    ]
    groups.sort(key=lambda group: (group.group.lower(), group.group))
    return VogCoverage(groups, day)
