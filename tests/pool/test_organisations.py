"""Coordinators see at a glance which organisations deliver fewer than three
active OCO's, and what each one's fee is."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from pool.factories import MemberFactory, OrganisationFactory, RosterGroupPageFactory
from pool.models import Organisation

pytestmark = pytest.mark.django_db

INDEX = "wagtailsnippets_pool_organisation:list"


@pytest.fixture
def small_organisation():
    organisation = OrganisationFactory(name="Kleine Kring", bo_plus_active=False)
    page = RosterGroupPageFactory(title="Kleine Kring", organisation=organisation)
    MemberFactory(page=page)
    MemberFactory(page=page, active=False, left_on=datetime.date(2025, 5, 1))
    return organisation


def test_fee_follows_bo_plus_participation():
    assert OrganisationFactory(bo_plus_active=True).yearly_fee == Decimal("1000")
    assert OrganisationFactory(bo_plus_active=False).yearly_fee == Decimal("500")


def test_active_members_are_counted_and_small_ones_flagged(small_organisation):
    counted = Organisation.objects.with_active_member_count().get(
        pk=small_organisation.pk
    )
    assert counted.active_member_count == 1
    assert counted.has_too_few_members


def test_listing_marks_organisations_below_three(
    client, coordinator, small_organisation
):
    client.force_login(coordinator)
    html = client.get(reverse(INDEX)).content.decode()
    assert "Kleine Kring" in html
    assert "minder dan 3" in html
    assert "Stichting Ervaring Telt" in html


def test_listing_filters_on_too_few_members(client, coordinator, small_organisation):
    client.force_login(coordinator)
    response = client.get(reverse(INDEX), {"too_few_members": "true"})
    names = [o.name for o in response.context["object_list"]]
    assert "Kleine Kring" in names and "Buurtkracht Almere" in names
    assert "Stichting Ervaring Telt" not in names


def test_listing_queries_do_not_grow_with_organisations(
    client, coordinator, django_assert_max_num_queries
):
    client.force_login(coordinator)
    client.get(reverse(INDEX))
    with django_assert_max_num_queries(40) as few:
        client.get(reverse(INDEX))
    for n in range(15):
        OrganisationFactory(name=f"Extra {n}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(INDEX))


def test_export_lists_counts_and_fees(client, coordinator, small_organisation):
    client.force_login(coordinator)
    response = client.get(reverse(INDEX), {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Kleine Kring" in text and "500" in text


def test_end_date_before_start_is_refused():
    organisation = OrganisationFactory.build(
        name="Omgekeerd",
        active_from=datetime.date(2025, 1, 1),
        active_until=datetime.date(2024, 1, 1),
    )
    with pytest.raises(ValidationError):
        organisation.full_clean()


@pytest.mark.parametrize("user_fixture", ["contact_a", "editor"])
def test_others_cannot_open_organisations(client, request, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    response = client.get(reverse(INDEX))
    assert response.status_code in (302, 403)
    assert "Stichting Ervaring Telt" not in response.content.decode()


def test_nobody_deletes_an_organisation(client, small_organisation):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("super", "s@example.org", "x")
    client.force_login(admin)
    delete_url = reverse(
        "wagtailsnippets_pool_organisation:delete", args=[small_organisation.pk]
    )
    client.post(delete_url)
    bulk_url = "/admin/bulk/pool/organisation/delete/"
    client.post(f"{bulk_url}?id={small_organisation.pk}")
    assert Organisation.objects.filter(pk=small_organisation.pk).exists()
    listing = client.get(reverse(INDEX)).content.decode()
    assert delete_url not in listing
