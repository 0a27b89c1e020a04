"""Rejecting needs a reason; without one nothing changes."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from pool.models import DeclarationStatus

from .declarations_admin_data import declare, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(group_a):
    return declare(member(group_a, "alma@example.org"))


def reject_url(declaration):
    return reverse("pool_declarations:reject", args=[declaration.pk])


@pytest.mark.parametrize("reason", ["", "   "])
def test_without_a_reason_nothing_changes(client, coordinator, item, reason):
    client.force_login(coordinator)
    response = client.post(reject_url(item), {"reason": reason})
    assert response.status_code == 200
    assert "Schrijf op waarom u de declaratie afwijst." in response.content.decode()
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED
    assert item.decided_by is None


def test_with_a_reason_it_is_rejected(client, coordinator, item):
    client.force_login(coordinator)
    response = client.post(
        reject_url(item), {"reason": "Dit werk is al gedeclareerd."}, follow=True
    )
    assert "is afgewezen" in response.content.decode()
    item.refresh_from_db()
    assert item.status == DeclarationStatus.REJECTED
    assert item.rejection_reason == "Dit werk is al gedeclareerd."
    assert item.decided_by == coordinator
    assert item.amount is None
    assert ModelLogEntry.objects.filter(
        object_id=str(item.pk), action="pool.declaration.reject"
    ).exists()


def test_a_reason_that_is_too_long_is_refused(client, coordinator, item):
    client.force_login(coordinator)
    response = client.post(reject_url(item), {"reason": "x" * 1001})
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED
