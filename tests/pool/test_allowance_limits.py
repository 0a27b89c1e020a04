"""The warnings before approval, at each of the three tax-free limits and at the
contact person's cap. Figures of 2025 as set in allowance_data: € 5.00 paid
per hour; at most € 5.60 per hour, € 210 per month, € 2,100 per year, and
€ 250 a year for a contact person's own hours."""

import datetime
from decimal import Decimal

import pytest

from pool.allowances import CONTACT_PERSON_CAP, HOUR, MONTH, YEAR, assess
from pool.factories import MemberFactory
from pool.models import OtherAllowance

from .allowance_data import approved, declaration, set_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(group_a):
    set_year()
    return group_a.members.get(email="alma@example.org")


def limits(item):
    return assess(item).warned_limits()


def test_hours_and_costs_make_the_amount(member):
    result = assess(declaration(member, day=(3, 4), hours="2.5", costs="3.20"))
    # 2.5 h x 5.00 = 12.50, plus 3.20 costs.
    assert result.amount == Decimal("15.70")
    assert result.payable == Decimal("15.70")
    assert result.warnings == []


def test_per_hour_limit(member):
    # The rate paid, 5.00, is within the maximum of 5.60; costs are no hours.
    assert limits(declaration(member, day=(3, 4), hours=1, costs=20)) == set()
    set_year(hourly_rate="5.60")
    assert limits(declaration(member, day=(3, 4), hours=1)) == set()
    set_year(hourly_rate="5.70")
    result = assess(declaration(member, day=(3, 4), hours=1))
    assert result.warned_limits() == {HOUR}
    assert "€ 5,70 per uur" in result.warnings[0].message
    # Costs alone are not paid per hour.
    assert limits(declaration(member, day=(3, 4), costs=5)) == set()


def test_month_limit(member):
    approved(member, day=(4, 1), hours=30)  # 150.00
    # 150 + 12 h x 5.00 = 210.00: exactly the maximum per month.
    assert limits(declaration(member, day=(4, 15), hours=12)) == set()
    # 150 + 65 = 215.00.
    result = assess(declaration(member, day=(4, 15), hours=13))
    assert result.warned_limits() == {MONTH}
    assert "€ 215,00" in result.warnings[0].message
    # Another month is not touched by April's amounts.
    assert limits(declaration(member, day=(5, 1), hours=13)) == set()


def test_month_limit_counts_other_volunteer_work(member):
    approved(member, day=(4, 1), hours=30)  # 150.00
    OtherAllowance.objects.create(
        member=member,
        month=datetime.date(2025, 4, 1),
        amount=Decimal("50"),
        organisation="Buurthuis",
    )
    # 150 + 50 + 2 h = 210.00; 3 h makes 215.00.
    assert limits(declaration(member, day=(4, 9), hours=2)) == set()
    assert limits(declaration(member, day=(4, 9), hours=3)) == {MONTH}


def test_year_limit(member):
    for month in range(1, 11):
        approved(member, day=(month, 10), hours=40)  # 200.00 a month: 2,000
    # 2,000 + 20 h x 5.00 = 2,100.00: the maximum; 21 h makes 2,105.00.
    assert limits(declaration(member, day=(11, 3), hours=20)) == set()
    result = assess(declaration(member, day=(11, 3), hours=21))
    assert result.warned_limits() == {YEAR}
    assert "€ 2.105,00" in result.warnings[0].message


def test_year_limit_counts_other_volunteer_work(member):
    for month in range(1, 11):
        approved(member, day=(month, 10), hours=38)  # 190.00 a month: 1,900
    OtherAllowance.objects.create(
        member=member, month=datetime.date(2025, 6, 1), amount=Decimal("180")
    )
    # 1,900 + 180 + 4 h = 2,100.00; 5 h makes 2,105.00.
    assert limits(declaration(member, day=(12, 1), hours=4)) == set()
    assert limits(declaration(member, day=(12, 1), hours=5)) == {YEAR}


def test_other_people_and_other_years_do_not_count(member, group_a):
    other = group_a.members.get(email="arie@example.org")
    approved(other, day=(4, 1), hours=40)  # someone else's 200.00
    approved(member, day=(4, 1), hours=40)
    # The member's own 200.00 in April 2025 plus 3 h = 215.00: over the month.
    assert limits(declaration(member, day=(4, 2), hours=3)) == {MONTH}
    # The same amounts a year later are not counted in 2025.
    later = declaration(member, day=(4, 2), hours=3)
    later.date = later.date.replace(year=2026)
    assert assess(later).warnings == []


def test_contact_person_cap(contact_a, group_a):
    set_year()
    approved(day=(2, 1), hours=45, user=contact_a, group=group_a)  # 225.00
    # 225 + 5 h = 250.00: exactly the cap.
    exact = declaration(day=(3, 1), hours=5, user=contact_a, group=group_a)
    assert limits(exact) == set()
    # 225 + 6 h = 255.00: 25.00 of the 30.00 can be paid.
    over = assess(declaration(day=(3, 1), hours=6, user=contact_a, group=group_a))
    assert over.warned_limits() == {CONTACT_PERSON_CAP}
    assert over.amount == Decimal("30.00")
    assert over.payable == Decimal("25.00")
    assert "€ 25,00" in over.warnings[0].message


def test_contact_person_past_the_cap_gets_nothing_more(contact_a, group_a):
    set_year()
    approved(day=(2, 1), hours=50, user=contact_a, group=group_a)  # 250.00
    result = assess(declaration(day=(3, 1), hours=2, user=contact_a, group=group_a))
    assert result.payable == Decimal("0.00")
    assert result.warned_limits() == {CONTACT_PERSON_CAP}


def test_member_work_does_not_use_the_contact_person_cap(contact_a, group_a):
    """The cap is for contact-person work; a contact person who is also an OCO
    has their OCO work checked against the tax limits alone, together."""
    set_year()
    same_person = MemberFactory(page=group_a, email=contact_a.email)
    approved(day=(2, 1), hours=50, user=contact_a, group=group_a)
    ocowork = declaration(same_person, day=(3, 1), hours=10)
    assert limits(ocowork) == set()
    # As one person: 250 in the year as contact person + OCO work in March.
    cp_in_march = approved(
        day=(3, 2), hours=40, user=contact_a, group=group_a, member=same_person
    )
    assert cp_in_march.paid_amount == Decimal("200.00")
    # 200.00 + 10 h x 5.00 = 250.00 in March: over the month.
    assert limits(declaration(same_person, day=(3, 3), hours=10)) == {MONTH}


def test_assess_takes_three_queries_at_most(member, django_assert_max_num_queries):
    item = declaration(member, day=(3, 4), hours=2)
    with django_assert_max_num_queries(3):
        assess(item)
