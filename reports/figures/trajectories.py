"""Approved trajectories that started in the period: follow-up support, the
organisations that delivered them, and how often each OCO supported someone."""

from dataclasses import dataclass

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from intake.models import Trajectory

from ..periods import Period
from .counts import LabelledCount


def approved_in(period: Period):
    """Trajectories a coordinator approved within the period."""
    return Trajectory.objects.filter(
        approved_at__gte=period.starts_at, approved_at__lt=period.ends_before
    )


@dataclass(frozen=True)
class FollowUp:
    trajectories: int
    with_follow_up: int

    @property
    def without_follow_up(self) -> int:
        return self.trajectories - self.with_follow_up


def follow_up(period: Period) -> FollowUp:
    totals = approved_in(period).aggregate(
        trajectories=Count("pk"), with_follow_up=Count("pk", filter=Q(follow_up=True))
    )
    return FollowUp(**totals)


def per_organisation(period: Period) -> list[LabelledCount]:
    """Approved trajectories per organisation, most first; a member who is
    not with an organisation counts under "Losse OCO's"."""
    rows = (
        approved_in(period)
        .order_by()
        .values("organisation_name")
        .annotate(count=Count("pk"))
        .values_list("organisation_name", "count")
    )
    counts = {}
    for name, count in rows:
        label = name.strip() or _("Losse OCO's")
        counts[label] = counts.get(label, 0) + count
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
    return [LabelledCount(label, label, count) for label, count in ranked]


@dataclass(frozen=True)
class SupportFrequency:
    once: int
    more_than_once: int

    @property
    def members(self) -> int:
        return self.once + self.more_than_once


def support_frequency(period: Period) -> SupportFrequency:
    """How many OCO's had one approved trajectory in the period, and how many
    more than one."""
    per_member = (
        approved_in(period)
        .order_by()
        .values("member")
        .annotate(count=Count("pk"))
        .aggregate(
            once=Count("member", filter=Q(count=1)),
            more_than_once=Count("member", filter=Q(count__gt=1)),
        )
    )
    return SupportFrequency(**per_member)
