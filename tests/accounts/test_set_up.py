"""A coordinator without an app is sent to link one at the first sign-in."""

import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from accounts.two_factor import SETUP_ACTION

from .conftest import PASSWORD, SETUP_URL, code_for, sign_in

pytestmark = pytest.mark.django_db


def open_set_up(client, username="coordinator-2fa"):
    sign_in(client, username)
    response = client.get("/admin/aanvragen/")
    assert response.status_code == 302
    assert response.url.startswith(SETUP_URL)
    return client.get(response.url), response.url


def pending_device(user):
    return TOTPDevice.objects.get(user=user, confirmed=False)


def test_set_up_page_shows_qr_code_and_secret(client, coordinator):
    page, _url = open_set_up(client)
    assert page.status_code == 200
    assert "Tweestapsverificatie instellen" in page.text
    assert "<svg" in page.text  # drawn here, no outside service
    assert "http" not in re.search(r"<svg.*?</svg>", page.text, re.S).group(0).replace(
        "http://www.w3.org", ""
    )
    device = pending_device(coordinator)
    secret = page.context["secret"].replace(" ", "")
    assert secret in device.config_url
    assert "Microsoft Authenticator" in page.text


def test_nothing_else_is_reachable_before_set_up(client, coordinator):
    open_set_up(client)
    for url in ("/admin/", "/admin/declaraties/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response.url.startswith(SETUP_URL)


def test_a_wrong_code_links_nothing(client, coordinator):
    _page, url = open_set_up(client)
    device = pending_device(coordinator)
    wrong = "123456" if code_for(device) != "123456" else "654321"
    response = client.post(
        url, {"name": "Telefoon", "otp_token": wrong, "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    assert not TOTPDevice.objects.filter(user=coordinator, confirmed=True).exists()


def test_a_wrong_password_links_nothing(client, coordinator):
    _page, url = open_set_up(client)
    device = pending_device(coordinator)
    response = client.post(
        url,
        {"name": "Telefoon", "otp_token": code_for(device), "password": "fout"},
    )
    assert response.status_code == 200
    assert "Dit wachtwoord klopt niet." in response.text
    assert not TOTPDevice.objects.filter(user=coordinator, confirmed=True).exists()


def test_set_up_links_the_app_and_shows_ten_codes_once(client, coordinator):
    _page, url = open_set_up(client)
    device = pending_device(coordinator)
    response = client.post(
        url,
        {"name": "Telefoon werk", "otp_token": code_for(device), "password": PASSWORD},
    )
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts_recovery_codes"))
    device.refresh_from_db()
    assert device.confirmed
    assert device.name == "Telefoon werk"

    codes_page = client.get(response.url)
    assert codes_page.status_code == 200
    codes = codes_page.context["codes"]
    assert len(codes) == len(set(codes)) == 10
    assert sorted(codes) == sorted(
        StaticToken.objects.filter(device__user=coordinator).values_list(
            "token", flat=True
        )
    )
    assert "Elke code werkt maar één keer" in codes_page.text
    assert "no-store" in codes_page["Cache-Control"]
    # Shown once: the page does not show them again.
    assert client.get(response.url).status_code == 302
    # The session is verified: the admin opens, where the person was going.
    assert codes_page.context["next"] == "/admin/aanvragen/"
    assert client.get("/admin/aanvragen/").status_code == 200
    assert ModelLogEntry.objects.filter(
        action=SETUP_ACTION, object_id=str(coordinator.pk)
    ).exists()


def test_another_app_cannot_be_added_with_only_the_password(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    response = client.get(SETUP_URL)
    assert response.status_code == 302
    assert "code" in response.url
    assert not TOTPDevice.objects.filter(confirmed=False).exists()


def test_an_old_set_up_page_starts_again(client, coordinator):
    _page, url = open_set_up(client)
    TOTPDevice.objects.filter(user=coordinator, confirmed=False).delete()
    response = client.post(url, {"name": "x", "otp_token": "1", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(response.url).status_code == 200
