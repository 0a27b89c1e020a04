"""Editors see no personal data: two factors are their own choice."""

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts.two_factor import requires_two_factor

from .conftest import CODE_URL, PASSWORD, SETUP_URL, code_for, link_app, sign_in

pytestmark = pytest.mark.django_db


def test_who_must_use_two_factors(coordinator, contact_person, superuser, editor):
    assert requires_two_factor(coordinator)
    assert requires_two_factor(contact_person)
    assert requires_two_factor(superuser)
    assert not requires_two_factor(editor)


def test_an_editor_signs_in_with_the_password_alone(client, editor):
    sign_in(client, "redacteur-2fa")
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Tweestapsverificatie" in client.get(reverse("wagtailadmin_account")).text


def test_an_editor_may_turn_it_on(client, editor):
    sign_in(client, "redacteur-2fa")
    devices = client.get(reverse("accounts_two_factor_devices", args=[editor.pk]))
    assert devices.status_code == 200
    assert "het hoeft niet" in devices.text
    client.get(SETUP_URL)
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    response = client.post(
        SETUP_URL,
        {"name": "Mijn telefoon", "otp_token": code_for(device), "password": PASSWORD},
    )
    assert response.status_code == 302

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "redacteur-2fa")
    response = client.get("/admin/")
    assert response.url.startswith(CODE_URL)


def test_removing_the_last_app_turns_it_off_again(client, editor):
    device = link_app(editor)
    sign_in(client, "redacteur-2fa")
    client.post(CODE_URL, {"otp_token": code_for(device), "next": "/admin/"})
    remove_url = reverse("accounts_two_factor_device_remove", args=[device.pk])
    assert "laatste app" in client.get(remove_url).text
    client.post(remove_url)
    assert not TOTPDevice.objects.filter(user=editor).exists()

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "redacteur-2fa")
    assert client.get("/admin/").status_code == 200
