"""Wagtail's bulk actions name their pages in the query string: another
group's page is not found there either, nor its title shown, and an id that
is not a number is a 404 instead of a server error."""

import pytest
from django.test import Client
from django.urls import reverse

from pool.factories import OrganisationFactory
from pool.models import PoolIndexPage

pytestmark = pytest.mark.django_db


def bulk_url(action, query, model="wagtailcore/page"):
    app_label, model_name = model.split("/")
    url = reverse("wagtail_bulk_action", args=[app_label, model_name, action])
    return f"{url}?{query}"


@pytest.mark.parametrize("action", ["delete", "move", "publish", "unpublish"])
def test_another_groups_page_is_not_found(client, contact_a, group_a, group_b, action):
    client.force_login(contact_a)
    for query in [
        f"id={group_b.pk}",
        f"id={group_a.pk}&id={group_b.pk}",
        f"id=all&childOf={PoolIndexPage.objects.get().pk}",
        "id=all",
    ]:
        for response in [
            client.get(bulk_url(action, query)),
            client.post(bulk_url(action, query)),
        ]:
            assert response.status_code == 404, query
            assert "Groep Bravo" not in response.content.decode()
    group_b.refresh_from_db()
    assert group_b.live


def test_the_own_groups_page_is_named(client, contact_a, group_a, group_b):
    client.force_login(contact_a)
    response = client.get(bulk_url("delete", f"id={group_a.pk}"))
    assert response.status_code == 200
    assert "Groep Alfa" in response.content.decode()


def test_an_editor_never_sees_a_group_page(client, editor, home, group_b):
    client.force_login(editor)
    assert client.get(bulk_url("publish", f"id={group_b.pk}")).status_code == 404
    response = client.get(bulk_url("publish", f"id=all&childOf={home.pk}"))
    assert response.status_code == 200


def test_coordinators_see_every_group(client, coordinator, group_b):
    client.force_login(coordinator)
    response = client.get(bulk_url("delete", f"id={group_b.pk}"))
    assert response.status_code == 200
    assert "Groep Bravo" in response.content.decode()


@pytest.mark.parametrize(
    "query", ["id=abc", "id=²", f"id={'9' * 30}", "id=all&childOf=x"]
)
@pytest.mark.parametrize(
    "model", ["wagtailcore/page", "pool/organisation", "wagtailimages/image"]
)
def test_an_id_that_is_no_number_is_not_found(coordinator, query, model):
    OrganisationFactory()
    client = Client(raise_request_exception=False)
    client.force_login(coordinator)
    assert client.get(bulk_url("delete", query, model)).status_code == 404


def test_a_parent_page_that_does_not_exist_is_not_found(client, coordinator):
    client.force_login(coordinator)
    response = client.get(bulk_url("delete", "id=all&childOf=987654"))
    assert response.status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, group_b):
    response = client.get(bulk_url("delete", f"id={group_b.pk}"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))
