"""A user with an authenticator app signs in with the password, then a code."""

import pytest
from django.urls import reverse

from .conftest import CODE_URL, code_for, enter_code, link_app, sign_in

pytestmark = pytest.mark.django_db

PERSONAL_DATA_PAGES = ["/admin/aanvragen/", "/admin/declaraties/", "/admin/"]


def test_the_password_leads_to_the_code_step(client, coordinator_app):
    response = sign_in(client, "coordinator-2fa")
    assert response.status_code == 302
    response = client.get(response.url)
    assert response.status_code == 302
    assert response.url.startswith(CODE_URL)

    page = client.get(response.url)
    assert page.status_code == 200
    assert "Vul uw code in" in page.text
    assert "herstelcode" in page.text


@pytest.mark.parametrize("url", PERSONAL_DATA_PAGES)
def test_nothing_with_personal_data_before_the_code(client, coordinator_app, url):
    sign_in(client, "coordinator-2fa")
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith(CODE_URL)


def test_not_even_after_a_wrong_code(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    enter_code(client, "000000" if code_for(coordinator_app) != "000000" else "111111")
    response = client.get("/admin/aanvragen/")
    assert response.url.startswith(CODE_URL)


def test_a_wrong_code_is_refused_in_dutch(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    wrong = "123456" if code_for(coordinator_app) != "123456" else "654321"
    response = enter_code(client, wrong)
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text
    assert client.get("/admin/").status_code == 302


def test_an_empty_code_is_refused_in_dutch(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    response = enter_code(client, "")
    assert response.status_code == 200
    assert "Vul de code in." in response.text


def test_the_right_code_opens_the_admin(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    response = enter_code(
        client, code_for(coordinator_app), next_url="/admin/aanvragen/"
    )
    assert response.status_code == 302
    assert response.url == "/admin/aanvragen/"
    assert client.get("/admin/aanvragen/").status_code == 200
    assert client.get("/admin/declaraties/").status_code == 200


def test_a_code_works_once(client, coordinator_app):
    code = code_for(coordinator_app)
    sign_in(client, "coordinator-2fa")
    enter_code(client, code)
    client.post(reverse("wagtailadmin_logout"))

    sign_in(client, "coordinator-2fa")
    response = enter_code(client, code)
    assert response.status_code == 200
    assert "Deze code klopt niet" in response.text


def test_the_next_address_stays_on_the_site(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    response = enter_code(
        client, code_for(coordinator_app), next_url="https://example.org/"
    )
    assert response.url == reverse("wagtailadmin_home")


def test_signing_out_from_the_code_step(client, coordinator_app):
    sign_in(client, "coordinator-2fa")
    client.post(reverse("wagtailadmin_logout"))
    response = client.get(CODE_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_the_code_step_needs_the_password_first(client):
    response = client.get(CODE_URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("wagtailadmin_login"))


def test_a_contact_person_and_a_superuser_also_need_the_code(
    client, contact_person, superuser
):
    for user in (contact_person, superuser):
        link_app(user)
        client.logout()
        sign_in(client, user.username)
        response = client.get("/admin/")
        assert response.url.startswith(CODE_URL), user.username
