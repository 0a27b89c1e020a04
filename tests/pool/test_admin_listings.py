"""Explorer, admin search, page choosers and the admin API list only the groups
a user may see."""

import pytest
from django.urls import reverse

from pool.models import PoolIndexPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def pool_index(db):
    return PoolIndexPage.objects.get()


def listed(client, url, **params):
    response = client.get(url, params, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def test_explorer_of_the_section_shows_only_the_own_group(
    client, contact_a, group_a, group_b, pool_index
):
    client.force_login(contact_a)
    html = listed(client, reverse("wagtailadmin_explore", args=[pool_index.pk]))
    # Wagtail starts a user's explorer at the pages they have rights on.
    assert "Groep Alfa" in html
    assert "Groep Bravo" not in html


def test_admin_search_finds_only_the_own_group(client, contact_a, group_a, group_b):
    client.force_login(contact_a)
    html = listed(client, reverse("wagtailadmin_pages:search"), q="Groep")
    assert "Groep Alfa" in html
    assert "Groep Bravo" not in html


@pytest.mark.parametrize("user_fixture", ["contact_a", "editor"])
def test_page_chooser_hides_other_groups(
    client, request, user_fixture, group_a, group_b, pool_index
):
    client.force_login(request.getfixturevalue(user_fixture))
    browse = (
        listed(client, reverse("wagtailadmin_choose_page_child", args=[pool_index.pk]))
        if user_fixture == "contact_a"
        else ""
    )
    search = listed(client, reverse("wagtailadmin_choose_page_search"), q="Groep")
    root = listed(client, reverse("wagtailadmin_choose_page"))
    for html in (browse, search, root):
        assert "Groep Bravo" not in html
    if user_fixture == "editor":
        assert "OCO-pool" not in root
        assert "Groep Alfa" not in search


def test_editor_cannot_open_the_section(client, editor, pool_index):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_explore", args=[pool_index.pk]))
    assert response.status_code == 404


def test_admin_api_lists_only_the_own_group(
    client, contact_a, group_a, group_b, pool_index
):
    client.force_login(contact_a)
    url = reverse("wagtailadmin_api:pages:listing")
    html = listed(client, url, child_of=pool_index.pk)
    assert "Groep Alfa" in html and "Groep Bravo" not in html
    assert "Groep Bravo" not in listed(client, url, search="Bravo")


def test_coordinator_sees_every_group(
    client, coordinator, group_a, group_b, pool_index
):
    client.force_login(coordinator)
    html = listed(client, reverse("wagtailadmin_explore", args=[pool_index.pk]))
    assert "Groep Alfa" in html and "Groep Bravo" in html


def test_menu_leads_coordinators_to_the_groups(client, coordinator, contact_a, group_a):
    pool_index = PoolIndexPage.objects.get()
    client.force_login(coordinator)
    response = client.get(reverse("pool_groups"))
    assert response.url == reverse("wagtailadmin_explore", args=[pool_index.pk])
    assert reverse("pool_groups") in client.get("/admin/").content.decode()
    client.force_login(contact_a)
    assert client.get(reverse("pool_groups")).status_code == 404
