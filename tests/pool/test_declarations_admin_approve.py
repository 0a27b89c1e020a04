"""Approving in the admin: the amount and the payable part are stored; a
declaration with warnings is approved only after the coordinator confirms
them, and a list of warnings that changed since the page was opened is shown
again instead of approved."""

from decimal import Decimal

import pytest
from django.urls import reverse

from pool import declaring
from pool.models import DeclarationStatus

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db

CHECKBOX = "Ik heb de waarschuwingen gelezen en keur toch goed"


@pytest.fixture
def alma(group_a):
    set_year()
    return member(group_a, "alma@example.org")


def approve_url(declaration):
    return reverse("pool_declarations:approve", args=[declaration.pk])


def test_the_page_shows_amount_payable_and_what_was_paid(client, coordinator, alma):
    earlier = declare(alma, day=(3, 2), hours="4")
    client.force_login(coordinator)
    client.post(approve_url(earlier), {"seen_warnings": ""})
    item = declare(alma, day=(3, 10), hours="3.5", costs="4.10")
    response = client.get(approve_url(item))
    assert response.status_code == 200
    html = response.content.decode()
    # 3.5 h x 5.00 + 4.10 = 21.60; 4 h x 5.00 = 20.00 approved before.
    assert "€ 21,60" in html
    assert "In maart 2025" in html
    assert "€ 20,00" in html
    assert CHECKBOX not in html


def test_approving_without_warnings_stores_amount_and_payable(
    client, coordinator, alma
):
    item = declare(alma, hours="3.5", costs="4.10")
    client.force_login(coordinator)
    response = client.post(approve_url(item), {"seen_warnings": ""}, follow=True)
    item.refresh_from_db()
    assert item.status == DeclarationStatus.APPROVED
    assert item.amount == Decimal("21.60")
    assert item.paid_amount == Decimal("21.60")
    assert item.hourly_rate == Decimal("5.00")
    assert item.decided_by == coordinator
    assert "is goedgekeurd: € 21,60 wordt uitbetaald" in response.content.decode()


@pytest.fixture
def over_the_month(alma, coordinator):
    """40 hours approved in March (200.00): 4 more hours (20.00) pass the
    month's maximum of 210.00."""
    earlier = declare(alma, day=(3, 1), hours="20")
    later = declare(alma, day=(3, 2), hours="20")
    declaring.approve(earlier.pk, coordinator)
    declaring.approve(later.pk, coordinator)
    return declare(alma, day=(3, 20), hours="4")


def test_warnings_are_shown_with_the_checkbox(client, coordinator, over_the_month):
    client.force_login(coordinator)
    html = client.get(approve_url(over_the_month)).content.decode()
    assert "meer dan het belastingvrije maximum van € 210,00 per maand" in html
    assert CHECKBOX in html


def seen_warnings(client, declaration):
    response = client.get(approve_url(declaration))
    return response.context["form"]["seen_warnings"].value()


def test_without_the_checkbox_nothing_changes(client, coordinator, over_the_month):
    client.force_login(coordinator)
    seen = seen_warnings(client, over_the_month)
    response = client.post(approve_url(over_the_month), {"seen_warnings": seen})
    assert response.status_code == 200
    assert "vink aan dat u toch wilt goedkeuren" in response.content.decode()
    over_the_month.refresh_from_db()
    assert over_the_month.status == DeclarationStatus.SUBMITTED
    assert over_the_month.amount is None


def test_with_the_checkbox_it_is_approved(client, coordinator, over_the_month):
    client.force_login(coordinator)
    seen = seen_warnings(client, over_the_month)
    client.post(approve_url(over_the_month), {"seen_warnings": seen, "confirmed": "on"})
    over_the_month.refresh_from_db()
    assert over_the_month.status == DeclarationStatus.APPROVED
    assert over_the_month.paid_amount == Decimal("20.00")
    assert "per maand" in over_the_month.approval_warnings


def test_warnings_that_appear_after_opening_the_page_are_shown_again(
    client, coordinator, alma
):
    """The page showed no warnings; meanwhile another declaration of March
    was approved, so approving this one now passes the month's maximum."""
    item = declare(alma, day=(3, 20), hours="4")
    client.force_login(coordinator)
    assert seen_warnings(client, item) == ""
    other = declare(alma, day=(3, 1), hours="40")
    declaring.approve(other.pk, coordinator, confirmed=True)
    response = client.post(approve_url(item), {"seen_warnings": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er zijn nieuwe waarschuwingen" in html
    assert "per maand" in html
    assert CHECKBOX in html
    item.refresh_from_db()
    assert item.status == DeclarationStatus.SUBMITTED


def test_a_confirmed_older_list_is_not_enough(client, coordinator, over_the_month):
    """Confirmed the month's warning; meanwhile the year's maximum is lowered,
    so a new warning appears: nothing is approved, the new list is shown."""
    client.force_login(coordinator)
    seen = seen_warnings(client, over_the_month)
    assert "per jaar" not in seen
    set_year(max_per_year=Decimal("215"))
    response = client.post(
        approve_url(over_the_month), {"seen_warnings": seen, "confirmed": "on"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er zijn nieuwe waarschuwingen" in html
    assert "per jaar" in html
    over_the_month.refresh_from_db()
    assert over_the_month.status == DeclarationStatus.SUBMITTED
    assert over_the_month.amount is None
    # Confirming the list as it is now approves.
    seen = response.context["form"]["seen_warnings"].value()
    client.post(approve_url(over_the_month), {"seen_warnings": seen, "confirmed": "on"})
    over_the_month.refresh_from_db()
    assert over_the_month.status == DeclarationStatus.APPROVED
