"""Recovery codes: each works once at the code step, and new ones replace
the old ones."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from accounts.two_factor import CODE_USED_ACTION, NEW_CODES_ACTION

from .conftest import CODE_URL, code_for, enter_code, sign_in

pytestmark = pytest.mark.django_db


def test_a_recovery_code_signs_in_once(client, coordinator_codes):
    code = coordinator_codes[0]
    sign_in(client, "coordinator-2fa")
    response = enter_code(client, code)
    assert response.status_code == 302
    assert client.get("/admin/aanvragen/").status_code == 200
    client.post(reverse("wagtailadmin_logout"))

    sign_in(client, "coordinator-2fa")
    response = enter_code(client, code)
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    assert client.get("/admin/aanvragen/").url.startswith(CODE_URL)


def test_codes_may_be_typed_in_capitals_with_spaces(client, coordinator_codes):
    code = coordinator_codes[1]
    sign_in(client, "coordinator-2fa")
    response = enter_code(client, f" {code[:4].upper()} {code[4:]} ")
    assert response.status_code == 302


def test_using_a_recovery_code_is_logged(client, coordinator, coordinator_codes):
    sign_in(client, "coordinator-2fa")
    enter_code(client, coordinator_codes[2])
    entry = ModelLogEntry.objects.get(
        action=CODE_USED_ACTION, object_id=str(coordinator.pk)
    )
    assert entry.user_id == coordinator.pk
    assert entry.data == {"remaining": 9}


def test_few_codes_left_gives_a_warning(client, coordinator_codes):
    for code in coordinator_codes[:7]:
        client.logout()
        sign_in(client, "coordinator-2fa")
        response = enter_code(client, code)
        assert response.status_code == 302
    page = client.get(response.url, follow=True)
    assert "U heeft nog 3 herstelcodes" in page.text


def test_new_codes_replace_the_old_ones(
    client, coordinator, coordinator_app, coordinator_codes
):
    sign_in(client, "coordinator-2fa")
    enter_code(client, code_for(coordinator_app))
    devices_url = reverse("accounts_two_factor_devices", args=[coordinator.pk])
    assert "Er zijn nog 10 herstelcodes over." in client.get(devices_url).text

    response = client.post(reverse("accounts_new_recovery_codes"))
    assert response.url == reverse("accounts_recovery_codes")
    new_codes = client.get(response.url).context["codes"]
    assert len(new_codes) == 10
    assert not set(new_codes) & set(coordinator_codes)
    assert (
        ModelLogEntry.objects.filter(
            action=NEW_CODES_ACTION, object_id=str(coordinator.pk)
        ).count()
        == 2
    )  # the first set, and these

    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "coordinator-2fa")
    assert enter_code(client, new_codes[0]).status_code == 302
    client.post(reverse("wagtailadmin_logout"))
    sign_in(client, "coordinator-2fa")
    assert enter_code(client, coordinator_codes[0]).status_code == 200


def test_new_codes_need_a_verified_session(client, coordinator_codes):
    sign_in(client, "coordinator-2fa")
    response = client.post(reverse("accounts_new_recovery_codes"))
    assert response.status_code == 302
    assert response.url.startswith(CODE_URL)
