"""A member reports what they got that month for other volunteer work; it is
stored for the month of the declaration and replaces an earlier report of
that month and organisation."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from pool.models import Declaration, OtherAllowance

from .declaration_page import dutch, form_data, personal_url

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("declaration_cache")]


def day_in_last_month():
    return timezone.localdate().replace(day=1) - datetime.timedelta(days=3)


def send(client, member, **changes):
    data = form_data(member, date=dutch(day_in_last_month()), **changes)
    return client.post(personal_url(member), data)


def test_the_report_is_stored_for_the_month(client, declaration_page, declarant):
    response = send(
        client, declarant, other_amount="25,50", other_organisation="Voedselbank"
    )
    assert response.status_code == 302
    report = OtherAllowance.objects.get()
    assert report.member == declarant
    assert report.month == day_in_last_month().replace(day=1)
    assert report.amount == Decimal("25.50")
    assert report.organisation == "Voedselbank"
    assert Declaration.objects.count() == 1


def test_a_new_report_replaces_the_one_of_that_month_and_organisation(
    client, declaration_page, declarant
):
    send(client, declarant, other_amount="25", other_organisation="Voedselbank")
    send(client, declarant, other_amount="40", other_organisation="voedselbank")
    send(client, declarant, other_amount="10", other_organisation="Sportclub")
    reports = {
        report.organisation.lower(): report.amount
        for report in OtherAllowance.objects.filter(member=declarant)
    }
    assert reports == {"voedselbank": Decimal("40"), "sportclub": Decimal("10")}
    assert Declaration.objects.count() == 3


def test_another_month_is_kept(client, declaration_page, declarant):
    earlier = day_in_last_month().replace(day=1) - datetime.timedelta(days=1)
    OtherAllowance.objects.create(
        member=declarant,
        month=earlier.replace(day=1),
        amount=Decimal("15"),
        organisation="Voedselbank",
    )
    send(client, declarant, other_amount="20", other_organisation="Voedselbank")
    assert OtherAllowance.objects.filter(member=declarant).count() == 2


def test_no_amount_stores_nothing(client, declaration_page, declarant):
    send(client, declarant)
    assert Declaration.objects.count() == 1
    assert not OtherAllowance.objects.exists()


def test_a_refused_declaration_stores_no_report(client, declaration_page, declarant):
    response = send(
        client,
        declarant,
        hours="",
        other_amount="25",
        other_organisation="Voedselbank",
    )
    assert response.status_code == 200
    assert not OtherAllowance.objects.exists()
