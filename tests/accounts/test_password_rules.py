"""Weak passwords are refused, in Dutch, where Wagtail sets them."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db

TOO_SHORT = "Dit wachtwoord is te kort. Het moet minstens 12 tekens lang zijn."
TOO_COMMON = "Dit wachtwoord is te algemeen."
ONLY_DIGITS = "Dit wachtwoord bevat alleen cijfers."


def new_user_data(password, username="nieuwe-gebruiker"):
    return {
        "username": username,
        "email": f"{username}@example.org",
        "first_name": "Nina",
        "last_name": "Nieuw",
        "password1": password,
        "password2": password,
        "is_active": "on",
    }


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("kort1!", TOO_SHORT),
        ("password1234", TOO_COMMON),
        ("834920571638", ONLY_DIGITS),
    ],
)
def test_new_user_with_a_weak_password_is_refused(client, superuser, password, message):
    client.force_login(superuser)
    response = client.post(reverse("wagtailusers_users:add"), new_user_data(password))
    assert response.status_code == 200
    assert message in response.text
    assert not get_user_model().objects.filter(username="nieuwe-gebruiker").exists()


def test_new_user_with_a_good_password_is_made(client, superuser):
    client.force_login(superuser)
    response = client.post(
        reverse("wagtailusers_users:add"), new_user_data("paarse-olifant-fietst-7")
    )
    assert response.status_code == 302
    assert (
        get_user_model()
        .objects.get(username="nieuwe-gebruiker")
        .check_password("paarse-olifant-fietst-7")
    )


def change_password(client, new_password, user):
    return client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": user.first_name or "Voornaam",
            "name_email-last_name": user.last_name or "Achternaam",
            "name_email-email": user.email,
            "password-old_password": PASSWORD,
            "password-new_password1": new_password,
            "password-new_password2": new_password,
            "locale-preferred_language": "nl",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )


def test_changing_to_a_weak_password_is_refused(client, coordinator):
    client.force_login(coordinator)
    response = change_password(client, "kort", coordinator)
    assert response.status_code == 200
    assert TOO_SHORT in response.text
    coordinator.refresh_from_db()
    assert coordinator.check_password(PASSWORD)


def test_a_password_like_the_username_is_refused(client, coordinator):
    client.force_login(coordinator)
    response = change_password(client, "coordinator-2fa1", coordinator)
    assert "Het wachtwoord lijkt te veel op" in response.text
    coordinator.refresh_from_db()
    assert coordinator.check_password(PASSWORD)


def test_changing_to_a_good_password_works(client, coordinator):
    client.force_login(coordinator)
    response = change_password(client, "paarse-olifant-fietst-7", coordinator)
    assert response.status_code == 302
    coordinator.refresh_from_db()
    assert coordinator.check_password("paarse-olifant-fietst-7")
    # The password change keeps this session, second factor included.
    assert client.get("/admin/aanvragen/").status_code == 200
