"""Requests per month, per domain and per referral, from a hand-made set."""

import datetime

import pytest

from reports.figures.requests import per_domain, per_month, per_referral
from reports.periods import Period

from .helpers import YEAR_2015, day, local, request_at

pytestmark = pytest.mark.django_db


def counts(rows):
    return {row.label: row.count for row in rows}


def test_three_requests_in_january_and_one_in_march():
    request_at(local(1, 5))
    request_at(local(1, 20))
    request_at(local(1, 31, 23, 30))  # 22:30 UTC, still 31 January
    request_at(local(3, 10))

    months = per_month(Period(day(1, 1), day(4, 30)))

    assert [(row.month, row.count) for row in months] == [
        (datetime.date(2015, 1, 1), 3),
        (datetime.date(2015, 2, 1), 0),
        (datetime.date(2015, 3, 1), 1),
        (datetime.date(2015, 4, 1), 0),
    ]


def test_the_month_is_the_local_month_not_the_utc_one():
    # 00:30 on 1 February in Almere is 23:30 on 31 January in UTC.
    request_at(local(2, 1, 0, 30))

    months = per_month(Period(day(1, 1), day(2, 28)))

    assert [row.count for row in months] == [0, 1]


def test_the_period_runs_from_local_midnight_to_local_midnight():
    request_at(local(1, 1, 0, 30))  # in the period, though 2014 in UTC
    request_at(local(3, 31, 23, 59))  # the last minute of the period
    request_at(local(4, 1, 0, 0))  # the day after

    months = per_month(Period(day(1, 1), day(3, 31)))

    assert [row.count for row in months] == [1, 0, 1]


def test_a_request_with_two_domains_counts_for_both():
    request_at(local(2, 1), domains=["wmo", "jeugd"])
    request_at(local(2, 2), domains=["wmo"])
    request_at(local(2, 3), domains=["passend-onderwijs"])
    request_at(local(2, 4), domains=[])

    figure = per_domain(YEAR_2015)

    assert figure.requests == 4
    by_key = {row.key: row.count for row in figure.domains}
    assert by_key == {
        "wmo": 2,
        "jeugd": 1,
        "werk-en-inkomen": 0,
        "passend-onderwijs": 1,
        "wonen": 0,
        "zorg": 0,
        "anders": 0,
    }


def test_a_domain_is_matched_as_a_whole_key():
    request_at(local(2, 1), domains=["werk-en-inkomen"])

    by_key = {row.key: row.count for row in per_domain(YEAR_2015).domains}

    assert by_key["werk-en-inkomen"] == 1
    assert by_key["wmo"] == 0


def test_referrals_in_form_order_and_blank_as_not_filled_in_last():
    request_at(local(5, 1), referral="school")
    request_at(local(5, 2), referral="school")
    request_at(local(5, 3), referral="internet")
    request_at(local(5, 4), referral="")

    rows = per_referral(YEAR_2015)

    assert rows[-1].label == "Niet ingevuld"
    assert counts(rows) == {
        "Via de gemeente of het wijkteam": 0,
        "Via de huisarts of een zorgverlener": 0,
        "Via school": 2,
        "Via een vereniging of organisatie": 0,
        "Via familie, vrienden of buren": 0,
        "Via internet of sociale media": 1,
        "Anders": 0,
        "Niet ingevuld": 1,
    }


def test_requests_outside_the_period_do_not_count():
    request_at(local(12, 31, 23, 30, year=2014), referral="school")
    request_at(local(1, 1, 0, 0, year=2016), referral="school")

    assert per_domain(YEAR_2015).requests == 0
    assert counts(per_referral(YEAR_2015))["Via school"] == 0
