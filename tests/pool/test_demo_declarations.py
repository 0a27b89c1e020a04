"""The demo's year of declarations: made as approval would make them, within
the contact persons' cap, never in the future, and only once."""

import datetime
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.utils import timezone

from pool.allowances import money
from pool.initial_content import demo_declarations
from pool.initial_content.allowances import build as build_allowance_years
from pool.models import Activity, Declaration, DeclarationStatus, RosterGroupPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(contact_a):
    build_allowance_years(log=lambda message: None)
    group = RosterGroupPage.objects.filter(members__active=True).first()
    RosterGroupPage.objects.filter(pk=group.pk).update(contact_person=contact_a)
    demo_declarations.build(log=lambda message: None)
    return Declaration.objects.all()


def test_a_year_of_declarations_in_every_state(demo):
    today = timezone.localdate()
    assert demo.count() > 50
    assert demo.filter(date__gt=today).count() == 0
    assert demo.filter(date__lt=today - datetime.timedelta(days=366)).count() == 0
    states = set(demo.values_list("status", flat=True))
    assert states == {s.value for s in DeclarationStatus}
    assert demo.filter(paid_on__isnull=False).exists()
    months = {(d.year, d.month) for d in demo.values_list("date", flat=True)}
    assert len(months) >= 12


def test_amounts_are_what_approval_would_store(demo):
    for row in demo.approved().exclude(activity=Activity.CONTACT_PERSON):
        assert row.amount == money(row.hours * row.hourly_rate + row.costs)
        assert row.paid_amount == row.amount


def test_contact_persons_stay_within_their_cap(demo):
    paid = (
        demo.approved()
        .filter(activity=Activity.CONTACT_PERSON)
        .values("contact_person", "date__year")
        .annotate(total=Sum("paid_amount"))
    )
    assert paid
    assert all(row["total"] <= Decimal("250") for row in paid)


def test_running_again_creates_nothing(demo):
    count = demo.count()
    assert demo_declarations.build(log=lambda message: None) == 0
    assert Declaration.objects.count() == count
