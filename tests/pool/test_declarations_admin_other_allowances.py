"""Allowances from other volunteer work: the contact person of the member's
group and coordinators record them; another group's are out of sight; the
approve page shows them next to the declaration."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from pool.models import OtherAllowance

from .declarations_admin_data import YEAR, declare, member, set_year

pytestmark = pytest.mark.django_db

INDEX = reverse("pool_other_allowances:index")
ADD = reverse("pool_other_allowances:add")


def data(member_obj, **changes):
    return {
        "member": member_obj.pk,
        "month": f"15-03-{YEAR}",
        "amount": "45,50",
        "organisation": "Voedselbank Almere",
        **changes,
    }


def test_a_contact_person_records_one_for_a_member(client, contact_a, group_a):
    alma = member(group_a, "alma@example.org")
    client.force_login(contact_a)
    response = client.post(ADD, data(alma), follow=True)
    assert response.status_code == 200
    allowance = OtherAllowance.objects.get()
    assert allowance.member == alma
    assert allowance.month == datetime.date(YEAR, 3, 1)
    assert allowance.amount == Decimal("45.50")
    assert "Voedselbank Almere" in client.get(INDEX).content.decode()


def test_not_for_a_member_of_another_group(client, contact_a, group_a, group_b):
    bert = member(group_b, "bert@example.org")
    client.force_login(contact_a)
    response = client.post(ADD, data(bert))
    assert response.status_code == 200
    assert "Kies een OCO uit een groep die u beheert." in response.content.decode()
    assert not OtherAllowance.objects.exists()


def test_another_groups_allowances_are_out_of_sight(
    client, contact_a, group_a, group_b
):
    bert = member(group_b, "bert@example.org")
    theirs = OtherAllowance.objects.create(
        member=bert, month=datetime.date(YEAR, 3, 1), amount=Decimal("12")
    )
    client.force_login(contact_a)
    assert "Bert Bravolid" not in client.get(INDEX).content.decode()
    for name in ["edit", "history"]:
        url = reverse(f"pool_other_allowances:{name}", args=[theirs.pk])
        assert client.get(url).status_code == 404
    response = client.post(
        reverse("pool_other_allowances:edit", args=[theirs.pk]),
        data(member(group_a, "alma@example.org")),
    )
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.member == bert


def test_a_month_in_the_future_is_refused(client, coordinator, group_a):
    client.force_login(coordinator)
    response = client.post(
        ADD, data(member(group_a, "alma@example.org"), month="01-01-2099")
    )
    assert "Deze maand ligt in de toekomst." in response.content.decode()
    assert not OtherAllowance.objects.exists()


def test_the_approve_page_shows_them(client, coordinator, group_a):
    set_year()
    alma = member(group_a, "alma@example.org")
    OtherAllowance.objects.create(
        member=alma,
        month=datetime.date(YEAR, 3, 1),
        amount=Decimal("45.50"),
        organisation="Voedselbank Almere",
    )
    item = declare(alma, day=(3, 10))
    client.force_login(coordinator)
    html = client.get(
        reverse("pool_declarations:approve", args=[item.pk])
    ).content.decode()
    assert "Voedselbank Almere" in html
    assert "maart 2025" in html
    assert "€ 45,50" in html
