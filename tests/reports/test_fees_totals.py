"""The totals row of the fee overview, worked out by hand."""

import datetime

import pytest

from reports.fees.figures import fee_overview

from .fee_organisations import FEE_YEAR, fee_year_organisations_fixture  # noqa: F401

pytestmark = pytest.mark.django_db


def test_totals_of_the_year(fee_year_organisations):
    overview = fee_overview(FEE_YEAR, datetime.date(2026, 6, 15), valid_years=3)
    assert overview.total_fee == 2500  # 1,000 + 500 + 1,000
    assert overview.total_delivered == 8  # 4 + 2 + 2
    assert overview.total_on_reference_day == 6  # 3 + 2 + 1
    assert overview.total_vog_valid == 3  # 1 + 1 + 1
    assert overview.total_residents == 3
    assert overview.below_minimum_count == 1


def test_a_year_without_organisations(fee_year_organisations):
    overview = fee_overview(2013, datetime.date(2026, 6, 15), valid_years=3)
    assert overview.rows == []
    assert overview.total_fee == 0
    assert overview.total_delivered == 0
