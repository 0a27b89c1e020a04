"""The "Aanvragen" menu item: for coordinators only, with the number of new
requests."""

import pytest
from django.urls import reverse

from intake import workflow
from intake.factories import RequestFactory

pytestmark = pytest.mark.django_db

ITEM = '"url": "/admin/aanvragen/"'


def admin_home(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_coordinators_see_the_number_of_new_requests(client, coordinator):
    first, _second, third = RequestFactory(), RequestFactory(), RequestFactory()
    workflow.take_up(third, coordinator)
    html = admin_home(client, coordinator)
    assert ITEM in html
    assert '"label": "Aanvragen (2)"' in html
    workflow.take_up(first, coordinator)
    assert '"label": "Aanvragen (1)"' in admin_home(client, coordinator)


def test_without_new_requests_there_is_no_number(client, coordinator):
    html = admin_home(client, coordinator)
    assert '"label": "Aanvragen"' in html


@pytest.mark.parametrize("role", ["contact_a", "editor"])
def test_others_do_not_see_the_item(client, request, group_a, role):
    RequestFactory()
    assert ITEM not in admin_home(client, request.getfixturevalue(role))


def test_the_number_follows_new_and_deleted_requests(client, coordinator):
    assert '"label": "Aanvragen"' in admin_home(client, coordinator)
    spam = RequestFactory()
    assert '"label": "Aanvragen (1)"' in admin_home(client, coordinator)
    spam.delete()
    assert '"label": "Aanvragen"' in admin_home(client, coordinator)
