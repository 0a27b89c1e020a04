"""Which organisations the fee overview of a year lists, and each one's fee,
OCO's, valid VOG's and residents, against answers worked out by hand (see the
organisations in conftest.fee_year_organisations)."""

import datetime

import pytest

from pool.factories import MemberFactory, OrganisationFactory, RosterGroupPageFactory
from reports.fees.figures import fee_overview, reference_day

from .fee_organisations import FEE_YEAR, fee_year_organisations_fixture  # noqa: F401

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)


@pytest.fixture
def rows(fee_year_organisations):
    overview = fee_overview(FEE_YEAR, TODAY, valid_years=3)
    return {row.organisation.name: row for row in overview.rows}


def test_organisations_that_took_part_on_any_day_of_the_year(rows):
    # Charlie stopped in March 2016 and is still in; Delta starts in 2017 and
    # Echo stopped at the end of 2015.
    assert list(rows) == ["Buurtwerk Charlie", "Stichting Alfa", "Vereniging Bravo"]


def test_full_fee_by_the_bo_plus_flag_also_for_part_of_the_year(rows):
    assert rows["Stichting Alfa"].fee == 1000
    assert rows["Vereniging Bravo"].fee == 500
    assert rows["Buurtwerk Charlie"].fee == 1000


def test_part_of_the_year(rows):
    assert not rows["Stichting Alfa"].started_in_year
    assert not rows["Stichting Alfa"].stopped_in_year
    assert rows["Vereniging Bravo"].started_in_year
    assert rows["Buurtwerk Charlie"].stopped_in_year


def test_members_delivered_in_the_year_and_on_31_december(rows):
    alfa = rows["Stichting Alfa"]
    # Anna, Anton, Abel, and Aisha who left on 30 June; not Arend (joined in
    # 2017) nor Alie (left at the end of 2015).
    assert alfa.delivered == 4
    assert alfa.on_reference_day == 3
    bravo = rows["Vereniging Bravo"]
    assert (bravo.delivered, bravo.on_reference_day) == (2, 2)
    charlie = rows["Buurtwerk Charlie"]
    assert (charlie.delivered, charlie.on_reference_day) == (2, 1)


def test_valid_vogs_on_31_december(rows):
    # Alfa: Anna's VOG of June 2015; Anton's of 2012 is too old, Abel has none
    # and Aisha had left. Bravo: Bea's VOG dated that very day. Charlie: Cor's
    # VOG of January 2015.
    assert rows["Stichting Alfa"].vog_valid == 1
    assert rows["Vereniging Bravo"].vog_valid == 1
    assert rows["Buurtwerk Charlie"].vog_valid == 1


def test_residents_whose_support_was_approved_in_the_year(rows):
    # Alfa: the resident who moved to a second OCO of Alfa counts once, the
    # approval at 23:30 on 31 December counts, the one just after New Year and
    # the proposal that was never approved do not.
    assert rows["Stichting Alfa"].residents == 2
    assert rows["Vereniging Bravo"].residents == 1
    assert rows["Buurtwerk Charlie"].residents == 0


def test_below_the_minimum_only_while_taking_part(rows):
    assert not rows["Stichting Alfa"].below_minimum
    assert rows["Vereniging Bravo"].below_minimum
    # Charlie has one OCO on 31 December but stopped in March.
    assert not rows["Buurtwerk Charlie"].participates_on_reference_day
    assert not rows["Buurtwerk Charlie"].below_minimum


def test_the_current_year_counts_today(fee_year_organisations):
    assert reference_day(2016, TODAY) == datetime.date(2016, 12, 31)
    assert reference_day(2026, TODAY) == TODAY
    overview = fee_overview(2017, datetime.date(2017, 3, 1), valid_years=3)
    rows = {row.organisation.name: row for row in overview.rows}
    # On 1 March 2017 Arend (joined 1 February) is on Alfa's roster.
    assert rows["Stichting Alfa"].on_reference_day == 4
    assert rows["Zorgcoöperatie Delta"].fee == 1000


def test_a_vog_is_valid_up_to_the_day_it_expires(db):
    organisation = OrganisationFactory(active_from=datetime.date(2015, 1, 1))
    group = RosterGroupPageFactory(organisation=organisation)
    for vog_date in [
        datetime.date(2013, 12, 31),  # exactly 3 years before: still valid
        datetime.date(2013, 12, 30),  # one day too old
        datetime.date(2017, 1, 2),  # after the day
    ]:
        MemberFactory(
            page=group, joined_on=datetime.date(2015, 1, 1), vog_date=vog_date
        )
    (row,) = fee_overview(FEE_YEAR, TODAY, valid_years=3).rows
    assert (row.on_reference_day, row.vog_valid) == (3, 1)
    (row,) = fee_overview(FEE_YEAR, TODAY, valid_years=4).rows
    assert row.vog_valid == 2
