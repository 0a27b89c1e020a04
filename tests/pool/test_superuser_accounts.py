"""Coordinators may change accounts (to give contact persons theirs), but
never a superuser's: setting its password would give them every right."""

import pytest
from django.urls import reverse

from pool.factories import UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "een-heel-ander-wachtwoord-42"


@pytest.fixture
def superuser(db):
    return UserFactory(
        username="beheerder-test", is_superuser=True, is_staff=True, first_name="Bea"
    )


def edit_data(user, **changes):
    return {
        "username": user.username,
        "email": user.email,
        "first_name": user.first_name or "Voornaam",
        "last_name": user.last_name or "Achternaam",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "is_active": "on",
        **changes,
    }


def test_a_coordinator_cannot_open_a_superusers_account(client, coordinator, superuser):
    client.force_login(coordinator)
    response = client.get(reverse("wagtailusers_users:edit", args=[superuser.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailusers_users:index")
    page = client.get(response["Location"]).content.decode()
    assert "Alleen een beheerder kan het account van een beheerder wijzigen." in page


def test_a_coordinator_cannot_change_a_superusers_password(
    client, coordinator, superuser
):
    client.force_login(coordinator)
    url = reverse("wagtailusers_users:edit", args=[superuser.pk])
    response = client.post(url, edit_data(superuser, first_name="Overgenomen"))
    assert response.status_code == 302
    superuser.refresh_from_db()
    assert not superuser.check_password(NEW_PASSWORD)
    assert superuser.first_name == "Bea"
    assert superuser.is_active


def test_a_coordinator_cannot_deactivate_a_superuser_in_bulk(
    client, coordinator, superuser
):
    client.force_login(coordinator)
    url = reverse("wagtail_bulk_action", args=["auth", "user", "set_active_state"])
    response = client.post(f"{url}?id={superuser.pk}", {"mark_as_active": "False"})
    assert response.status_code == 302
    superuser.refresh_from_db()
    assert superuser.is_active


def test_a_coordinator_still_changes_a_contact_persons_account(
    client, coordinator, contact_a
):
    client.force_login(coordinator)
    url = reverse("wagtailusers_users:edit", args=[contact_a.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, edit_data(contact_a, first_name="Carla"))
    assert response.status_code == 302
    contact_a.refresh_from_db()
    assert contact_a.first_name == "Carla"
    assert contact_a.check_password(NEW_PASSWORD)


def test_a_superuser_changes_another_superuser(client, superuser):
    other = UserFactory(username="beheerder-twee", is_superuser=True)
    client.force_login(superuser)
    url = reverse("wagtailusers_users:edit", args=[other.pk])
    assert client.get(url).status_code == 200
    client.post(url, edit_data(other, is_superuser="on"))
    other.refresh_from_db()
    assert other.check_password(NEW_PASSWORD)
