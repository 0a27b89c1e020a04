"""A lost phone: a superuser wipes the user's second factor, by command or in
the user admin, and the audit log keeps it."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.two_factor import RESET_ACTION

from .conftest import SETUP_URL, sign_in

pytestmark = pytest.mark.django_db


def has_devices(user):
    return (
        TOTPDevice.objects.filter(user=user).exists()
        or StaticDevice.objects.filter(user=user).exists()
    )


def test_the_command_wipes_apps_and_codes(client, coordinator, coordinator_codes):
    out = io.StringIO()
    call_command("reset_two_factor", "coordinator-2fa", stdout=out)
    assert "gewist" in out.getvalue()
    assert not has_devices(coordinator)
    assert ModelLogEntry.objects.filter(
        action=RESET_ACTION, object_id=str(coordinator.pk)
    ).exists()

    sign_in(client, "coordinator-2fa")
    assert client.get("/admin/").url.startswith(SETUP_URL)


def test_the_command_names_an_unknown_user(db):
    with pytest.raises(CommandError, match="Er is geen gebruiker"):
        call_command("reset_two_factor", "niemand", stdout=io.StringIO())


def test_a_superuser_resets_from_the_user_admin(
    client, superuser, coordinator, coordinator_codes
):
    client.force_login(superuser)
    listing = client.get(reverse("wagtailusers_users:index"))
    devices_url = reverse("accounts_two_factor_devices", args=[coordinator.pk])
    assert devices_url in listing.text

    devices = client.get(devices_url)
    assert "Tweestapsverificatie wissen" in devices.text
    reset_url = reverse("accounts_reset_two_factor", args=[coordinator.pk])
    assert client.get(reset_url).status_code == 200
    response = client.post(reset_url)
    assert response.url == devices_url
    assert not has_devices(coordinator)
    entry = ModelLogEntry.objects.get(
        action=RESET_ACTION, object_id=str(coordinator.pk)
    )
    assert entry.user_id == superuser.pk


def refused(response):
    """Wagtail's answer to a forbidden admin page: back to the dashboard."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def test_a_coordinator_may_not_reset_someone_else(client, coordinator, superuser):
    other = TOTPDevice.objects.create(user=superuser, name="x", confirmed=True)
    client.force_login(coordinator)
    reset_url = reverse("accounts_reset_two_factor", args=[superuser.pk])
    assert refused(client.post(reset_url))
    devices_url = reverse("accounts_two_factor_devices", args=[superuser.pk])
    assert refused(client.get(devices_url))
    remove_url = reverse("accounts_two_factor_device_remove", args=[other.pk])
    assert client.post(remove_url).status_code == 404
    assert TOTPDevice.objects.filter(pk=other.pk).exists()
    assert not ModelLogEntry.objects.filter(action=RESET_ACTION).exists()


def test_unknown_users_and_devices_are_not_found(client, superuser):
    client.force_login(superuser)
    assert (
        client.get(reverse("accounts_two_factor_devices", args=[999999])).status_code
        == 404
    )
    assert (
        client.get(reverse("accounts_reset_two_factor", args=[999999])).status_code
        == 404
    )
    assert (
        client.get(
            reverse("accounts_two_factor_device_remove", args=[999999])
        ).status_code
        == 404
    )
