"""Days from a request to its first approved match: median, nearest-rank 90th
percentile and the distribution, worked out by hand."""

import datetime

import pytest

from reports.figures.matching import nearest_rank, time_to_match

from .helpers import YEAR_2015, approved, group, local, member, request_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def oco():
    return member(group())


def matched_after(oco, days, submitted=None):
    submitted = submitted or local(3, 2, 10)
    request = request_at(submitted)
    approved(request, oco, submitted + datetime.timedelta(days=days))
    return request


def test_median_and_percentile_of_two_five_and_nine_days(oco):
    for days in (2, 5, 9):
        matched_after(oco, days)

    figure = time_to_match(YEAR_2015)

    # Sorted [2, 5, 9]: the middle one is 5; rank ceil(0.9 * 3) = 3 gives 9.
    assert figure.requests == 3
    assert figure.median == 5
    assert figure.percentile_90 == 9
    assert [row.count for row in figure.buckets] == [2, 1, 0, 0]


def test_the_median_of_an_even_number_is_the_mean_of_the_middle_two(oco):
    for days in (1, 4, 7, 20):
        matched_after(oco, days)

    figure = time_to_match(YEAR_2015)

    # (4 + 7) / 2 = 5.5; rank ceil(0.9 * 4) = 4 gives 20.
    assert figure.median == 5.5
    assert figure.percentile_90 == 20
    assert [row.count for row in figure.buckets] == [3, 0, 1, 0]


def test_only_the_first_approval_counts(oco):
    request = request_at(local(3, 1, 9))
    approved(request, oco, local(3, 4, 9))
    approved(request, member(group("Groep Tweede")), local(3, 25, 9))

    figure = time_to_match(YEAR_2015)

    assert figure.requests == 1
    assert figure.median == 3


def test_days_are_calendar_days_in_local_time(oco):
    # Submitted late in the evening, approved the next morning: 1 day.
    request = request_at(local(6, 1, 23, 30))
    approved(request, oco, local(6, 2, 8, 0))

    assert time_to_match(YEAR_2015).median == 1


def test_requests_without_approved_match_are_left_out(oco):
    matched_after(oco, 40)
    proposed = request_at(local(3, 3))
    approved(proposed, oco, None, status="proposed")
    request_at(local(3, 4))

    figure = time_to_match(YEAR_2015)

    assert figure.requests == 1
    assert figure.percentile_90 == 40
    assert [row.label for row in figure.buckets] == [
        "0 tot en met 7 dagen",
        "8 tot en met 14 dagen",
        "15 tot en met 30 dagen",
        "Meer dan 30 dagen",
    ]
    assert [row.count for row in figure.buckets] == [0, 0, 0, 1]


def test_a_request_from_before_the_period_does_not_count(oco):
    request = request_at(local(12, 20, year=2014))
    approved(request, oco, local(1, 5))

    figure = time_to_match(YEAR_2015)

    assert figure.requests == 0
    assert figure.median is None
    assert figure.percentile_90 is None


def test_bucket_edges(oco):
    for days in (0, 7, 8, 14, 15, 30, 31):
        matched_after(oco, days, submitted=local(1, 1, 10))

    figure = time_to_match(YEAR_2015)

    assert [row.count for row in figure.buckets] == [2, 2, 2, 1]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([4], 4),
        ([2, 5, 9], 9),
        (list(range(1, 11)), 9),  # rank ceil(0.9 * 10) = 9
        (list(range(1, 21)), 18),  # rank 18 of 20
        ([10, 1, 3], 10),  # sorted first
    ],
)
def test_nearest_rank(values, expected):
    assert nearest_rank(values, 90) == expected
