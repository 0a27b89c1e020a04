"""The payout page's moment (as_of) comes from its own links and form; a
moment that is unusable (before 2000, out of range, not a moment at all)
gives a Dutch message on the page, and neither the file nor the "mark as
paid" form fails on it."""

import pytest
from django.urls import reverse

from pool import declaring
from pool.models import Declaration

from .declarations_admin_data import declare, member, set_year

pytestmark = pytest.mark.django_db

PAYOUT = reverse("pool_declarations:payout")
MARK = reverse("pool_declarations:mark_paid")
MARCH = {"date_from": "2025-03-01", "date_to": "2025-03-31", "unpaid_only": "on"}
UNUSABLE = "het moment van de stand is onbruikbaar"
MOMENTS = [
    "0001-01-01T00:30:00+14:00",
    "0001-01-01T00:00:00",
    "1999-12-31T23:59:59+00:00",
    "9999-12-31T23:59:59-14:00",
    "garbage",
]


@pytest.fixture
def approved(group_a, coordinator):
    set_year()
    alma = member(group_a, "alma@example.org")
    return declaring.approve(declare(alma, day=(3, 3)).pk, coordinator)


@pytest.mark.parametrize("as_of", MOMENTS)
def test_the_page_says_the_moment_is_unusable(client, coordinator, approved, as_of):
    client.force_login(coordinator)
    response = client.get(PAYOUT, {**MARCH, "as_of": as_of})
    assert response.status_code == 200
    assert UNUSABLE in response.content.decode()
    assert response.context.get("people") is None


@pytest.mark.parametrize("as_of", MOMENTS)
@pytest.mark.parametrize("kind", ["csv", "csv-declaraties", "xlsx"])
def test_no_file_with_an_unusable_moment(client, coordinator, approved, as_of, kind):
    client.force_login(coordinator)
    response = client.get(PAYOUT, {**MARCH, "as_of": as_of, "export": kind})
    assert response.status_code == 200
    assert "Content-Disposition" not in response
    assert UNUSABLE in response.content.decode()


def test_a_moment_far_ahead_counts_as_now(client, coordinator, approved):
    client.force_login(coordinator)
    response = client.get(PAYOUT, {**MARCH, "as_of": "9999-12-31T23:59:59+00:00"})
    assert response.status_code == 200
    assert response.context["declaration_count"] == 1


@pytest.mark.parametrize("as_of", MOMENTS)
def test_nothing_is_marked_paid_with_an_unusable_moment(
    client, coordinator, approved, as_of
):
    client.force_login(coordinator)
    data = {**MARCH, "as_of": as_of, "paid_on": "15-04-2025"}
    response = client.post(MARK, data, follow=True)
    assert response.status_code == 200
    assert "Er is niets gemarkeerd als uitbetaald" in response.content.decode()
    assert UNUSABLE in response.content.decode()
    assert not Declaration.objects.filter(paid_on__isnull=False).exists()
