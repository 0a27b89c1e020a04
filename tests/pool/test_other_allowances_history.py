"""The history of another volunteer allowance: its own log entries, for the
coordinators and the contact person of the member's group; another group's
history is not found."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse
from wagtail.log_actions import log

from pool.models import OtherAllowance

from .declarations_admin_data import YEAR, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def almas(group_a):
    allowance = OtherAllowance.objects.create(
        member=member(group_a, "alma@example.org"),
        month=datetime.date(YEAR, 3, 1),
        amount=Decimal("12"),
        organisation="Voedselbank Almere",
    )
    log(allowance, "wagtail.create")
    return allowance


@pytest.mark.parametrize("user", ["coordinator", "contact_a"])
@pytest.mark.parametrize("name", ["history", "history_results"])
def test_the_history_lists_the_log_entries(client, request, almas, user, name):
    client.force_login(request.getfixturevalue(user))
    response = client.get(reverse(f"pool_other_allowances:{name}", args=[almas.pk]))
    assert response.status_code == 200
    assert "Aangemaakt" in response.content.decode()


@pytest.mark.parametrize("name", ["history", "history_results"])
def test_another_groups_history_is_not_found(client, contact_b, group_b, almas, name):
    client.force_login(contact_b)
    response = client.get(reverse(f"pool_other_allowances:{name}", args=[almas.pk]))
    assert response.status_code == 404
