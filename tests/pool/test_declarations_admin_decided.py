"""A declaration that was decided on cannot be approved, rejected or
withdrawn again: a Dutch message, and nothing changes."""

from decimal import Decimal

import pytest
from django.urls import reverse

from pool import declaring
from pool.models import DeclarationStatus

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db

ALREADY = "deze declaratie is al beoordeeld"


@pytest.fixture
def approved(group_a, coordinator):
    set_year()
    item = declare(member(group_a, "alma@example.org"), hours="2")
    return declaring.approve(item.pk, coordinator)


@pytest.fixture
def rejected(group_a, coordinator):
    item = declare(member(group_a, "alma@example.org"))
    return declaring.reject(item.pk, coordinator, "Dubbel ingediend.")


@pytest.mark.parametrize("url_name", ["approve", "reject", "withdraw"])
def test_an_approved_declaration_stays_as_it_is(
    client, coordinator, approved, url_name
):
    client.force_login(coordinator)
    url = reverse(f"pool_declarations:{url_name}", args=[approved.pk])
    for response in [
        client.get(url, follow=True),
        client.post(
            url,
            {"reason": "Toch niet", "confirmed": "on", "seen_warnings": ""},
            follow=True,
        ),
    ]:
        assert response.status_code == 200
        assert f"{ALREADY}: goedgekeurd" in response.content.decode().lower()
    approved.refresh_from_db()
    assert approved.status == DeclarationStatus.APPROVED
    assert approved.amount == Decimal("10.00")
    assert approved.rejection_reason == ""


def test_a_rejected_declaration_cannot_be_approved(client, coordinator, rejected):
    set_year()
    client.force_login(coordinator)
    url = reverse("pool_declarations:approve", args=[rejected.pk])
    response = client.post(url, {"seen_warnings": ""}, follow=True)
    assert f"{ALREADY}: afgewezen" in response.content.decode().lower()
    rejected.refresh_from_db()
    assert rejected.status == DeclarationStatus.REJECTED
    assert rejected.amount is None


def test_the_listing_offers_no_decision_on_a_decided_one(client, coordinator, approved):
    client.force_login(coordinator)
    html = client.get(reverse("pool_declarations:index")).content.decode()
    assert reverse("pool_declarations:approve", args=[approved.pk]) not in html
    assert reverse("pool_declarations:withdraw", args=[approved.pk]) not in html
