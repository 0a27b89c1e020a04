"""Amounts are typed as people write them (1,5 or 1.5, a euro sign, spaces)
but nothing else: at most four digits, a comma or point and two decimals.
1_0 and 1e2 are refused, and 1.000 or 1.250 (a Dutch thousands separator)
gets a message that says how to write it, on the public form and in the
admin's forms alike, so that 1.000 is never saved as one."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from pool.declaration_forms import AmountField
from pool.models import AllowanceYear, Declaration, OtherAllowance

from .declaration_page import form_data, personal_url, soup
from .declarations_admin_data import member

pytestmark = pytest.mark.django_db

THOUSANDS = (
    "Schrijf bedragen zonder punt voor de duizendtallen, bijvoorbeeld 1000 of 12,50"
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12,50", "12.50"),
        ("12.50", "12.50"),
        ("€ 4,80", "4.80"),
        ("€4.8", "4.8"),
        (" 1 000 ", "1000"),
        ("9999,99", "9999.99"),
        ("0,25", "0.25"),
    ],
)
def test_amounts_as_people_write_them(text, number):
    assert AmountField().clean(text) == Decimal(number)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("1_0", "invalid"),
        ("1e2", "invalid"),
        ("Infinity", "invalid"),
        ("NaN", "invalid"),
        ("\uff11\uff12", "invalid"),  # full-width digits
        ("²²", "invalid"),
        ("12,5€", "invalid"),
        ("1,2,3", "invalid"),
        ("1.000", "thousands"),
        ("1.250", "thousands"),
        ("12.500,50", "thousands"),
        ("1,255", "decimals"),
        ("0.125", "decimals"),
        ("12345", "too_large"),
    ],
)
def test_anything_else_is_refused(text, code):
    with pytest.raises(Exception) as refused:
        AmountField().clean(text)
    assert refused.value.code == code


@pytest.mark.usefixtures("declaration_cache")
@pytest.mark.parametrize("field", ["costs", "other_amount"])
def test_the_public_form_explains_the_thousands(
    client, declaration_page, declarant, field
):
    changes = {field: "1.000", "costs_note": "Bus"}
    if field == "other_amount":
        changes["other_organisation"] = "Voedselbank"
    response = client.post(personal_url(declarant), form_data(declarant, **changes))
    assert response.status_code == 200
    error = soup(response).find(id=f"id_{field}_error")
    assert THOUSANDS in error.get_text()
    assert not Declaration.objects.exists()
    assert not OtherAllowance.objects.exists()


@pytest.mark.usefixtures("declaration_cache")
@pytest.mark.parametrize("hours", ["1_0", "1e1"])
def test_the_public_form_refuses_odd_numbers(
    client, declaration_page, declarant, hours
):
    response = client.post(personal_url(declarant), form_data(declarant, hours=hours))
    assert response.status_code == 200
    error = soup(response).find(id="id_hours_error")
    assert "Vul het aantal uren in als getal" in error.get_text()
    assert not Declaration.objects.exists()


def test_the_admin_declaration_form_explains_the_thousands(client, contact_a, group_a):
    alma = member(group_a, "alma@example.org")
    client.force_login(contact_a)
    day = timezone.localdate() - datetime.timedelta(days=3)
    response = client.post(
        reverse("pool_declarations:add"),
        {
            "member": alma.pk,
            "date": day.strftime("%d-%m-%Y"),
            "activity": "trajectory",
            "description": "Aanvraag K7QM-3XPA",
            "hours": "1e1",
            "costs": "1.000",
            "costs_note": "Bus heen en terug",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert THOUSANDS in html
    assert "Voer een getal in." in html
    assert not Declaration.objects.exists()


def test_the_admin_other_allowance_form_explains_the_thousands(
    client, contact_a, group_a
):
    alma = member(group_a, "alma@example.org")
    client.force_login(contact_a)
    response = client.post(
        reverse("pool_other_allowances:add"),
        {
            "member": alma.pk,
            "month": "15-03-2025",
            "amount": "1.250",
            "organisation": "Voedselbank",
        },
    )
    assert response.status_code == 200
    assert THOUSANDS in response.content.decode()
    assert not OtherAllowance.objects.exists()


def test_the_allowance_year_form_explains_the_thousands(client, coordinator):
    AllowanceYear.objects.filter(year=2031).delete()
    client.force_login(coordinator)
    response = client.post(
        reverse("pool_allowance_years:add"),
        {
            "year": "2031",
            "max_per_hour": "6,00",
            "max_per_month": "230",
            "max_per_year": "2.300",
            "hourly_rate": "5_5",
            "contact_person_max_per_year": "250",
            "source": "belastingdienst.nl",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert THOUSANDS in html
    assert "Voer een getal in." in html
    assert not AllowanceYear.objects.filter(year=2031).exists()
