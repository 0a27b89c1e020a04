"""Approving, rejecting and withdrawing declarations: amounts fixed at approval
with the year's figures as stored, warnings confirmed first, and nothing
changed by a refused step."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import ModelLogEntry

from pool import declaring
from pool.allowances import MONTH
from pool.models import Activity, AllowanceYear, Declaration, DeclarationStatus

from .allowance_data import YEAR, approved, declaration, set_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(group_a):
    set_year()
    return group_a.members.get(email="alma@example.org")


def test_approval_fixes_the_amount_with_the_rate_of_its_year(member, coordinator):
    item = declaration(member, day=(5, 6), hours="3.5", costs="4.10")
    declaring.approve(item.pk, coordinator)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.APPROVED
    assert item.hourly_rate == Decimal("5.00")
    # 3.5 h x 5.00 = 17.50 + 4.10.
    assert item.amount == Decimal("21.60")
    assert item.paid_amount == Decimal("21.60")
    assert item.decided_by == coordinator
    assert item.approval_warnings == ""
    assert ModelLogEntry.objects.filter(
        object_id=str(item.pk), action="pool.declaration.approve"
    ).exists()


def test_maxima_are_read_from_the_stored_year(member, coordinator):
    """Changing the year's row changes the rate and the warnings: nothing of
    the figures lives in code."""
    approved(member, day=(4, 1), hours=40)  # 200.00 in April
    item = declaration(member, day=(4, 2), hours=4)  # 20.00 more: 220.00
    with pytest.raises(declaring.WarningsNotConfirmed):
        declaring.approve(item.pk, coordinator)
    AllowanceYear.objects.filter(year=YEAR).update(
        max_per_month=Decimal("220"), hourly_rate=Decimal("4.00")
    )
    declaring.approve(item.pk, coordinator)
    item.refresh_from_db()
    # 4 h x 4.00 with the new rate; 216.00 is within the new maximum.
    assert item.amount == Decimal("16.00")
    assert item.approval_warnings == ""


def test_warnings_must_be_confirmed(member, coordinator):
    approved(member, day=(4, 1), hours=40)
    item = declaration(member, day=(4, 2), hours=4)
    with pytest.raises(declaring.WarningsNotConfirmed) as refused:
        declaring.approve(item.pk, coordinator)
    assert refused.value.assessment.warned_limits() == {MONTH}
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED
    assert item.amount is None

    declaring.approve(item.pk, coordinator, confirmed=True)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.APPROVED
    assert "€ 220,00" in item.approval_warnings


def test_contact_person_is_paid_up_to_the_cap(contact_a, group_a, coordinator):
    set_year()
    approved(day=(2, 1), hours=45, user=contact_a, group=group_a)
    item = declaration(day=(3, 1), hours=6, user=contact_a, group=group_a)
    declaring.approve(item.pk, coordinator, confirmed=True)
    item.refresh_from_db()
    assert (item.amount, item.paid_amount) == (Decimal("30.00"), Decimal("25.00"))


def test_a_year_without_figures_cannot_be_approved(member, coordinator):
    item = declaration(member, day=(5, 6), hours=2)
    AllowanceYear.objects.filter(year=YEAR).delete()
    with pytest.raises(declaring.DeclarationError, match="2025"):
        declaring.approve(item.pk, coordinator, confirmed=True)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED


def test_a_decided_declaration_stays_as_it_is(member, coordinator):
    item = declaration(member, day=(5, 6), hours=2)
    declaring.reject(item.pk, coordinator, "Dubbel ingediend.")
    with pytest.raises(
        declaring.DeclarationError, match=r"al beoordeeld: afgewezen\.$"
    ):
        declaring.approve(item.pk, coordinator, confirmed=True)
    with pytest.raises(declaring.DeclarationError):
        declaring.withdraw(item.pk, coordinator)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.REJECTED
    assert item.rejection_reason == "Dubbel ingediend."


def test_rejecting_needs_a_reason(member, coordinator):
    item = declaration(member, day=(5, 6), hours=2)
    with pytest.raises(declaring.DeclarationError, match="waarom"):
        declaring.reject(item.pk, coordinator, "  ")
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED


def test_withdrawing_a_submitted_declaration(member, coordinator):
    item = declaration(member, day=(5, 6), hours=2)
    declaring.withdraw(item.pk, coordinator)
    assert not Declaration.objects.filter(pk=item.pk).exists()


def test_submit_checks_and_names_the_declarant(member):
    item = declaring.submit(
        Declaration(
            member=member,
            date=datetime.date(YEAR, 6, 1),
            activity=Activity.TRAINING,
            description="Basistraining",
            hours=Decimal("2.75"),
        )
    )
    assert (item.declarant_name, item.group_id) == (member.name, member.page_id)
    with pytest.raises(ValidationError) as refused:
        declaring.submit(
            Declaration(
                member=member,
                date=datetime.date(YEAR, 6, 1),
                activity=Activity.TRAINING,
                description="Te veel",
                hours=Decimal("1.1"),
                costs=Decimal("3"),
            )
        )
    assert set(refused.value.message_dict) == {"hours", "costs_note"}


def test_a_contact_person_on_a_roster_is_one_person(contact_a, group_a):
    """Their declarations as contact person are linked to their member record,
    so all their allowances count together."""
    set_year()
    member = group_a.members.get(email="alma@example.org")
    contact_a.email = "Alma@example.org"
    contact_a.save()
    item = declaring.submit(
        Declaration(
            contact_person=contact_a,
            group=group_a,
            date=datetime.date(YEAR, 6, 1),
            activity=Activity.CONTACT_PERSON,
            description="Overleg met de groep",
            hours=Decimal("2"),
        ),
        submitted_by=contact_a,
    )
    assert item.member == member
    assert item.submitted_by == contact_a


def test_marking_paid_only_takes_approved_unpaid_ones(member, coordinator):
    done = approved(member, day=(5, 6), hours=2)
    waiting = declaration(member, day=(5, 7), hours=2)
    count = declaring.mark_paid(
        [done.pk, waiting.pk], coordinator, datetime.date(YEAR, 6, 30)
    )
    assert count == 1
    done.refresh_from_db()
    waiting.refresh_from_db()
    assert done.paid_on == datetime.date(YEAR, 6, 30)
    assert waiting.paid_on is None
    assert declaring.mark_paid([done.pk], coordinator, datetime.date(YEAR, 7, 1)) == 0


def test_a_confirmed_list_that_lacks_a_warning_approves_nothing(member, coordinator):
    """Another approval between reading the page and confirming it can add a
    warning the coordinator never saw."""
    approved(member, day=(4, 1), hours=40)
    item = declaration(member, day=(4, 2), hours=4)
    with pytest.raises(declaring.WarningsNotConfirmed) as refused:
        declaring.approve(item.pk, coordinator, confirmed=True, seen_warnings="")
    seen = refused.value.assessment.warnings_text()
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED

    declaring.approve(item.pk, coordinator, confirmed=True, seen_warnings=seen)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.APPROVED
