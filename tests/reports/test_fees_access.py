"""Only coordinators see the fee overview and its menu item; a contact person
gets 403, someone not logged in the login page."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from reports.fee_hooks import register_fee_overview_menu_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def url():
    return reverse("reports_fees")


def test_the_address(url):
    assert url == "/admin/rapportages/vergoedingen/"


def test_a_coordinator_sees_the_overview(client, coordinator, url):
    client.force_login(coordinator)
    response = client.get(url)
    assert response.status_code == 200
    assert "Vergoedingen organisaties" in response.content.decode()


@pytest.mark.parametrize("query", ["", "?export=csv", "?export=xlsx"])
def test_a_contact_person_is_refused(client, contact_a, group_a, url, query):
    client.force_login(contact_a)
    response = client.get(url + query)
    assert response.status_code == 403
    assert "Content-Disposition" not in response


def test_an_editor_is_refused(client, editor, url):
    client.force_login(editor)
    assert client.get(url).status_code == 403


def test_someone_not_logged_in_goes_to_the_login_page(client, url):
    response = client.get(url + "?export=csv")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_menu_item_shows_to_coordinators_only(coordinator, contact_a, group_a):
    item = register_fee_overview_menu_item()
    request = RequestFactory().get("/admin/")
    request.user = coordinator
    assert item.is_shown(request)
    assert item.label == "Vergoedingen organisaties"
    assert item.url == reverse("reports_fees")
    request.user = contact_a
    assert not item.is_shown(request)


def test_the_reports_menu_lists_the_overview_for_coordinators(
    client, coordinator, contact_a, group_a, url
):
    client.force_login(coordinator)
    assert url in client.get("/admin/").content.decode()
    client.force_login(contact_a)
    assert url not in client.get("/admin/").content.decode()
