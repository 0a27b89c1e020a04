"""Dates typed in the declarations' admin are not before 2000: a payout date
or another allowance's month from a typo in the year gets a Dutch message
and changes nothing."""

import pytest
from django.urls import reverse

from pool import declaring
from pool.models import Declaration, OtherAllowance

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db

PAYOUT = reverse("pool_declarations:payout")
MARK = reverse("pool_declarations:mark_paid")
MARCH = {"date_from": "2025-03-01", "date_to": "2025-03-31", "unpaid_only": "on"}


@pytest.mark.parametrize("paid_on", ["15-04-0025", "31-12-1999"])
def test_a_payout_date_before_2000_marks_nothing(client, coordinator, group_a, paid_on):
    set_year()
    alma = member(group_a, "alma@example.org")
    declaring.approve(declare(alma, day=(3, 3)).pk, coordinator)
    client.force_login(coordinator)
    form = client.get(PAYOUT, MARCH).context["mark_form"]
    data = {name: form[name].value() for name in ["date_from", "date_to", "as_of"]}
    response = client.post(MARK, {**data, "paid_on": paid_on}, follow=True)
    assert response.status_code == 200
    assert "De datum van uitbetaling ligt vóór 2000." in response.content.decode()
    assert not Declaration.objects.filter(paid_on__isnull=False).exists()


@pytest.mark.parametrize("month", ["15-03-0025", "01-12-1999"])
def test_another_allowance_before_2000_is_refused(client, contact_a, group_a, month):
    alma = member(group_a, "alma@example.org")
    client.force_login(contact_a)
    response = client.post(
        reverse("pool_other_allowances:add"),
        {
            "member": alma.pk,
            "month": month,
            "amount": "45,50",
            "organisation": "Voedselbank",
        },
    )
    assert response.status_code == 200
    assert "Deze maand ligt vóór 2000." in response.content.decode()
    assert not OtherAllowance.objects.exists()
