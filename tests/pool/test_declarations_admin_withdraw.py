"""Withdrawing a declaration that waits for a decision: by the contact person
of its group or a coordinator, after confirming; the history keeps a line."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from pool.models import Declaration

from .declarations_admin_data import declare, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def item(group_a):
    return declare(member(group_a, "alma@example.org"))


def withdraw_url(declaration):
    return reverse("pool_declarations:withdraw", args=[declaration.pk])


def test_the_contact_person_confirms_and_withdraws(client, contact_a, item):
    client.force_login(contact_a)
    page = client.get(withdraw_url(item)).content.decode()
    assert "Weet u zeker dat u de declaratie van Alma Alfalid" in page
    assert Declaration.objects.filter(pk=item.pk).exists()
    response = client.post(withdraw_url(item), follow=True)
    assert "is ingetrokken" in response.content.decode()
    assert not Declaration.objects.filter(pk=item.pk).exists()
    entry = ModelLogEntry.objects.get(
        object_id=str(item.pk), action="pool.declaration.withdraw"
    )
    assert entry.user == contact_a


def test_a_coordinator_withdraws_too(client, coordinator, item):
    client.force_login(coordinator)
    client.post(withdraw_url(item))
    assert not Declaration.objects.filter(pk=item.pk).exists()


def test_the_listing_offers_withdrawing_a_waiting_one(client, contact_a, item):
    client.force_login(contact_a)
    html = client.get(reverse("pool_declarations:index")).content.decode()
    assert withdraw_url(item) in html
    assert reverse("pool_declarations:approve", args=[item.pk]) not in html
