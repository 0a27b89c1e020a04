"""Follow-up support, trajectories per organisation and how often each OCO
supported someone, among the trajectories approved in the period."""

import pytest

from reports.figures.trajectories import (
    follow_up,
    per_organisation,
    support_frequency,
)

from .helpers import YEAR_2015, approved, group, local, member, request_at

pytestmark = pytest.mark.django_db


@pytest.fixture
def ocos():
    page = group()
    return [member(page) for _ in range(3)]


def test_share_with_follow_up(ocos):
    first, second, third = ocos
    approved(request_at(local(2, 1)), first, local(2, 3), follow_up=True)
    approved(request_at(local(2, 1)), second, local(2, 3), follow_up=False)
    approved(request_at(local(2, 1)), third, local(2, 4), follow_up=True)
    approved(request_at(local(2, 1)), third, local(2, 5), follow_up=True)
    # Not approved, or approved outside the period: not counted.
    approved(request_at(local(2, 1)), first, None, status="proposed", follow_up=True)
    approved(request_at(local(12, 1, year=2014)), first, local(12, 30, year=2014))

    figure = follow_up(YEAR_2015)

    assert figure.trajectories == 4
    assert figure.with_follow_up == 3
    assert figure.without_follow_up == 1


def test_trajectories_per_organisation_most_first(ocos):
    oco = ocos[0]
    for name in ["De Schakel", "De Schakel", "", "Zorgkracht", "De Schakel", " "]:
        approved(request_at(local(4, 1)), oco, local(4, 2), organisation_name=name)

    rows = per_organisation(YEAR_2015)

    assert [(row.label, row.count) for row in rows] == [
        ("De Schakel", 3),
        ("Losse OCO's", 2),
        ("Zorgkracht", 1),
    ]


def test_ocos_who_supported_once_or_more_often(ocos):
    first, second, third = ocos
    approved(request_at(local(5, 1)), first, local(5, 2))
    approved(request_at(local(5, 1)), second, local(5, 2))
    approved(request_at(local(5, 1)), second, local(6, 2))
    approved(request_at(local(5, 1)), second, local(7, 2))
    # Third supported once in the period and once the year before: once.
    approved(request_at(local(5, 1)), third, local(8, 2))
    approved(request_at(local(5, 1, year=2014)), third, local(5, 2, year=2014))

    figure = support_frequency(YEAR_2015)

    assert figure.once == 2
    assert figure.more_than_once == 1
    assert figure.members == 3


def test_an_empty_period_counts_nothing():
    assert follow_up(YEAR_2015).trajectories == 0
    assert per_organisation(YEAR_2015) == []
    assert support_frequency(YEAR_2015).members == 0
