"""How long residents wait: from the request to the first approved match."""

import math
import statistics
from dataclasses import dataclass

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from ..periods import Period, site_zone
from .counts import LabelledCount
from .requests import requests_in

# (key, highest number of days in the bucket or None for no limit)
BUCKETS = [("0-7", 7), ("8-14", 14), ("15-30", 30), ("31+", None)]


@dataclass(frozen=True)
class TimeToMatch:
    requests: int  # the requests the figures are based on
    median: float | None
    percentile_90: int | None
    buckets: list[LabelledCount]


def nearest_rank(values: list[int], percent: int) -> int | None:
    """The nearest-rank percentile: the smallest value such that at least
    `percent`% of the values are at most that value, i.e. the value at rank
    ceil(percent / 100 * n) of the sorted values (ranks count from 1). It is
    always one of the values; of [2, 5, 9] the 90th percentile is 9."""
    if not values:
        return None
    rank = math.ceil(percent * len(values) / 100)
    return sorted(values)[max(rank, 1) - 1]


def days_between(submitted_at, approved_at) -> int:
    """Calendar days between the two local dates: approved the day after the
    request is 1 day, on the same day 0."""
    zone = site_zone()
    days = (
        timezone.localtime(approved_at, zone).date()
        - timezone.localtime(submitted_at, zone).date()
    ).days
    # A request taken by phone may be entered after its match was approved.
    return max(days, 0)


def bucket_label(key: str) -> str:
    return {
        "0-7": _("0 tot en met 7 dagen"),
        "8-14": _("8 tot en met 14 dagen"),
        "15-30": _("15 tot en met 30 dagen"),
        "31+": _("Meer dan 30 dagen"),
    }[key]


def bucket_counts(days: list[int]) -> list[LabelledCount]:
    counts = dict.fromkeys((key for key, _limit in BUCKETS), 0)
    for value in days:
        for key, limit in BUCKETS:
            if limit is None or value <= limit:
                counts[key] += 1
                break
    return [LabelledCount(key, bucket_label(key), counts[key]) for key, _ in BUCKETS]


def time_to_match(period: Period) -> TimeToMatch:
    """For the requests submitted in the period that have an approved
    trajectory: days from the request to its first approval. The median is
    the middle value (the mean of the middle two for an even number)."""
    pairs = (
        requests_in(period)
        .annotate(first_approved_at=Min("trajectories__approved_at"))
        .filter(first_approved_at__isnull=False)
        .order_by()
        .values_list("submitted_at", "first_approved_at")
    )
    days = [days_between(submitted, approved) for submitted, approved in pairs]
    return TimeToMatch(
        requests=len(days),
        median=statistics.median(days) if days else None,
        percentile_90=nearest_rank(days, 90),
        buckets=bucket_counts(days),
    )
