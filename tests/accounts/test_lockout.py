"""Brute force: ten wrong passwords for one username from one address lock
that combination for an hour."""

import io
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY, authenticate
from django.core.management import call_command
from django.test import override_settings

from .conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db

LIMIT = 10


def fail(client, times, username="coordinator-2fa", **kwargs):
    return [
        sign_in(client, username, "verkeerd-wachtwoord", **kwargs) for _ in range(times)
    ]


def is_signed_in(client):
    return SESSION_KEY in client.session


def main_part(response):
    return re.search(r"<main.*</main>", response.text, re.S).group(0)


def assert_locked_page(response):
    assert response.status_code == 429
    text = response.text
    assert "U heeft het te vaak geprobeerd" in text
    assert "over een uur opnieuw proberen" in text
    assert "coördinatoren van OCO Almere" in text
    assert 'class="login' in text or "login" in text


def test_ten_wrong_passwords_lock(client, coordinator):
    responses = fail(client, LIMIT)
    assert all(r.status_code == 200 for r in responses[:-1])
    assert_locked_page(responses[-1])

    response = sign_in(client, "coordinator-2fa", PASSWORD)
    assert_locked_page(response)
    assert not is_signed_in(client)


def test_nine_do_not_lock(client, coordinator):
    fail(client, LIMIT - 1)
    response = sign_in(client, "coordinator-2fa", PASSWORD)
    assert response.status_code == 302
    assert is_signed_in(client)


def test_the_page_does_not_tell_whether_the_account_exists(client, coordinator):
    known = fail(client, LIMIT)[-1]
    unknown = fail(client, LIMIT, username="bestaat-niet")[-1]
    assert_locked_page(unknown)
    assert main_part(known) == main_part(unknown)
    assert "coordinator-2fa" not in known.text


def test_another_address_is_not_locked(client, coordinator):
    fail(client, LIMIT)
    response = sign_in(client, "coordinator-2fa", PASSWORD, address="198.51.100.20")
    assert response.status_code == 302
    assert is_signed_in(client)


def test_another_username_is_not_locked(client, coordinator, editor):
    fail(client, LIMIT)
    response = sign_in(client, "redacteur-2fa", PASSWORD)
    assert response.status_code == 302


def test_success_resets_the_count(client, coordinator):
    fail(client, LIMIT - 1)
    sign_in(client, "coordinator-2fa", PASSWORD)
    client.logout()
    responses = fail(client, LIMIT - 1)
    assert all(r.status_code == 200 for r in responses)
    assert sign_in(client, "coordinator-2fa", PASSWORD).status_code == 302


def test_a_made_up_forwarded_address_does_not_help(client, coordinator):
    """Without a trusted proxy, X-Forwarded-For is not read at all."""
    fail(client, LIMIT)
    response = sign_in(
        client, "coordinator-2fa", PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert_locked_page(response)


@override_settings(INTAKE_TRUSTED_PROXIES=1)
def test_behind_a_proxy_only_the_address_it_saw_counts(client, coordinator):
    proxy = "10.0.0.1"
    for number in range(LIMIT):
        sign_in(
            client,
            "coordinator-2fa",
            "verkeerd-wachtwoord",
            address=proxy,
            HTTP_X_FORWARDED_FOR=f"203.0.113.{number}, 198.51.100.7",
        )
    response = sign_in(
        client,
        "coordinator-2fa",
        PASSWORD,
        address=proxy,
        HTTP_X_FORWARDED_FOR="203.0.113.200, 198.51.100.7",
    )
    assert_locked_page(response)
    # Someone else behind the same proxy is not locked out.
    response = sign_in(
        client,
        "coordinator-2fa",
        PASSWORD,
        address=proxy,
        HTTP_X_FORWARDED_FOR="198.51.100.8",
    )
    assert response.status_code == 302


def test_the_admin_unlocks_with_a_command(client, coordinator):
    fail(client, LIMIT)
    call_command("axes_reset_username", "coordinator-2fa", stdout=io.StringIO())
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "coordinator-2fa", PASSWORD).status_code == 302


def test_sign_in_without_a_request_still_works(client, coordinator):
    """The test client's login() and a shell call authenticate() without a
    request: no lock to check, the password still is."""
    assert authenticate(username="coordinator-2fa", password=PASSWORD) == coordinator
    assert authenticate(username="coordinator-2fa", password="fout") is None
    assert client.login(username="coordinator-2fa", password=PASSWORD)
