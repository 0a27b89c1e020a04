"""A member's report of another volunteer allowance names its organisation,
and replaces only their own earlier row of that month and organisation: a
row without an organisation, another organisation's row, a coordinator's
row of another member or another month stays. Every report is in the audit
log with the old and the new amount."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pool.factories import MemberFactory
from pool.models import Declaration, OtherAllowance

from .declaration_page import dutch, form_data, personal_url, soup

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]

REPORT = "pool.other_allowance.report"


def day_in_last_month():
    return timezone.localdate().replace(day=1) - datetime.timedelta(days=3)


def month():
    return day_in_last_month().replace(day=1)


def send(client, member, **changes):
    data = form_data(member, date=dutch(day_in_last_month()), **changes)
    return client.post(personal_url(member), data)


def row(member, amount, organisation="", **fields):
    """A row as a coordinator records it in the admin."""
    return OtherAllowance.objects.create(
        member=member,
        month=fields.pop("month", month()),
        amount=Decimal(amount),
        organisation=organisation,
    )


def amounts(member):
    return sorted(
        (report.organisation, report.amount)
        for report in OtherAllowance.objects.filter(member=member)
    )


def test_an_amount_needs_its_organisation(client, declaration_page, declarant):
    response = send(client, declarant, other_amount="25", other_organisation=" ")
    assert response.status_code == 200
    error = soup(response).find(id="id_other_organisation_error")
    assert error is not None
    assert "van welke organisatie u dit bedrag kreeg" in error.get_text()
    assert not Declaration.objects.exists()
    assert not OtherAllowance.objects.exists()


def test_rows_without_an_organisation_are_kept(client, declaration_page, declarant):
    row(declarant, "30")
    row(declarant, "12")
    assert (
        send(
            client, declarant, other_amount="25", other_organisation="Voedselbank"
        ).status_code
        == 302
    )
    assert amounts(declarant) == [
        ("", Decimal("12")),
        ("", Decimal("30")),
        ("Voedselbank", Decimal("25")),
    ]


def test_only_the_same_organisation_is_replaced(client, declaration_page, declarant):
    kept = row(declarant, "40", "Sportclub")
    replaced = row(declarant, "15", "Voedselbank")
    send(client, declarant, other_amount="25,50", other_organisation="VOEDSELBANK")
    replaced.refresh_from_db()
    assert replaced.amount == Decimal("25.50")
    assert replaced.organisation == "Voedselbank"
    kept.refresh_from_db()
    assert kept.amount == Decimal("40")
    assert OtherAllowance.objects.filter(member=declarant).count() == 2


def test_other_members_and_months_are_untouched(client, declaration_page, declarant):
    colleague = MemberFactory(page=declarant.page, email="collega@example.org")
    theirs = row(colleague, "50", "Voedselbank")
    earlier = row(
        declarant,
        "20",
        "Voedselbank",
        month=(month() - datetime.timedelta(days=1)).replace(day=1),
    )
    send(client, declarant, other_amount="25", other_organisation="Voedselbank")
    for untouched, amount in [(theirs, "50"), (earlier, "20")]:
        untouched.refresh_from_db()
        assert untouched.amount == Decimal(amount)
    assert OtherAllowance.objects.count() == 3


def test_each_report_is_logged_with_old_and_new_amount(
    client, declaration_page, declarant
):
    send(client, declarant, other_amount="25", other_organisation="Voedselbank")
    send(client, declarant, other_amount="40", other_organisation="voedselbank")
    report = OtherAllowance.objects.get(member=declarant)
    entries = ModelLogEntry.objects.filter(
        action=REPORT, object_id=str(report.pk)
    ).order_by("timestamp", "pk")
    assert [(e.data["old_amount"], e.data["new_amount"]) for e in entries] == [
        (None, "25.00"),
        ("25.00", "40.00"),
    ]
    assert entries[0].data["organisation"] == "Voedselbank"
    assert entries[0].data["month"] == month().isoformat()
    assert entries[0].user_id is None
    assert "Vergoeding voor ander vrijwilligerswerk gemeld" in entries[0].message
