"""A contact person and their member record are one person, also when the
member record was added after they declared, or never linked: the limits
count their allowances together and the payout gives them one row. The
reviewer's case: Carla declares 24 hours as contact person in March 2025
(approved, € 120 at € 5.00 an hour), is later added as member Carla@... and
declares 20 hours of OCO work in March: € 220, over the € 210 a month."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse

from pool import declaring
from pool.allowances import MONTH, assess
from pool.factories import MemberFactory, RosterGroupPageFactory, UserFactory
from pool.models import Declaration

from .declarations_admin_data import declare, declare_own_hours, set_year

pytestmark = pytest.mark.django_db

PAYOUT = reverse("pool_declarations:payout")
MARCH = {"date_from": "2025-03-01", "date_to": "2025-03-31", "unpaid_only": "on"}


@pytest.fixture(params=["carla@example.org", "Carla@Example.ORG"])
def carla(request):
    return UserFactory(
        username="carla", email=request.param, first_name="Carla", last_name="Vos"
    )


@pytest.fixture
def group(carla):
    return RosterGroupPageFactory(title="Groep Carla", contact_person=carla)


@pytest.fixture
def own_hours(carla, group, coordinator):
    """Approved before Carla had a member record: not linked to one."""
    set_year()
    item = declare_own_hours(carla, group, day=(3, 5), hours="24")
    approved = declaring.approve(item.pk, coordinator, confirmed=True)
    assert approved.member_id is None
    assert approved.paid_amount == Decimal("120.00")
    return approved


@pytest.fixture
def carla_as_member(group):
    return MemberFactory(page=group, name="Carla Vos", email="Carla@example.org")


def test_her_oco_work_counts_with_her_contact_person_hours(own_hours, carla_as_member):
    result = assess(declare(carla_as_member, day=(3, 20), hours="20"))
    assert result.warned_limits() == {MONTH}
    assert "€ 220,00" in result.warnings[0].message


def test_her_contact_person_hours_count_with_her_oco_work(
    carla, group, coordinator, carla_as_member
):
    set_year()
    work = declare(carla_as_member, day=(3, 20), hours="20")
    declaring.approve(work.pk, coordinator)
    # Declared as contact person without the member record linked.
    later = Declaration(
        contact_person=carla, group=group, activity="contact_person", hours=24
    )
    later.date, later.costs = work.date, Decimal("0")
    result = assess(later)
    assert result.warned_limits() == {MONTH}
    assert "€ 220,00" in result.warnings[0].message


def test_other_people_do_not_count(own_hours, group):
    someone = MemberFactory(page=group, email="carlo@example.org")
    assert assess(declare(someone, day=(3, 20), hours="20")).warnings == []


def test_assessing_stays_within_three_queries(
    own_hours, carla_as_member, django_assert_max_num_queries
):
    item = declare(carla_as_member, day=(3, 20), hours="20")
    with django_assert_max_num_queries(3):
        assess(item)


def test_the_payout_gives_her_one_row(client, coordinator, own_hours, carla_as_member):
    work = declare(carla_as_member, day=(3, 20), hours="20")
    declaring.approve(work.pk, coordinator, confirmed=True)
    client.force_login(coordinator)
    page = client.get(PAYOUT, MARCH)
    people = page.context["people"]
    assert [(p.name, p.email, p.count) for p in people] == [
        ("Carla Vos", "Carla@example.org", 2)
    ]
    assert people[0].payable == Decimal("220.00")
    response = client.get(PAYOUT, {**MARCH, "export": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert rows[1][:4] == ["Carla Vos", "Carla@example.org", "Groep Carla", "2"]
