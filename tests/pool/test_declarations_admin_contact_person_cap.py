"""A contact person gets at most 250.00 a year for their own hours as contact
person: the approve page warns when a declaration goes past it, and the part
within the cap is what is stored to be paid."""

from decimal import Decimal

import pytest
from django.urls import reverse

from pool import declaring
from pool.models import DeclarationStatus

from .declarations_admin_data import declare_own_hours, set_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def cap_nearly_reached(contact_a, group_a, coordinator):
    """240.00 approved: 12 + 12 + 24 hours of 5.00 in three months."""
    set_year()
    for month, hours in [(1, "12"), (2, "12"), (3, "24")]:
        earlier = declare_own_hours(contact_a, group_a, day=(month, 5), hours=hours)
        declaring.approve(earlier.pk, coordinator, confirmed=True)
    return declare_own_hours(contact_a, group_a, day=(4, 5), hours="4")


def test_the_cap_is_warned_about_and_the_payable_part_stored(
    client, coordinator, cap_nearly_reached
):
    item = cap_nearly_reached
    url = reverse("pool_declarations:approve", args=[item.pk])
    client.force_login(coordinator)
    response = client.get(url)
    html = response.content.decode()
    assert "ten hoogste € 250,00 per jaar" in html
    assert "van deze declaratie wordt € 10,00 uitbetaald" in html
    assert "€ 240,00 van ten hoogste € 250,00" in html
    seen = response.context["form"]["seen_warnings"].value()

    client.post(url, {"seen_warnings": seen})
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED

    response = client.post(url, {"seen_warnings": seen, "confirmed": "on"}, follow=True)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.APPROVED
    # 4 h x 5.00 = 20.00, of which 10.00 fits under the cap.
    assert item.amount == Decimal("20.00")
    assert item.paid_amount == Decimal("10.00")
    assert "€ 20,00, waarvan € 10,00 wordt uitbetaald" in response.content.decode()
