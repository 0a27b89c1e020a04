"""A group page or a user that declarations point to is never deleted: the
admin refuses with a Dutch message instead of failing, one by one and in
bulk, and the declarations stay."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from pool.factories import RosterGroupPageFactory, UserFactory
from pool.models import Declaration, RosterGroupPage

from .declarations_admin_data import declare_own_hours

pytestmark = pytest.mark.django_db

PAGE_REFUSED = "Deze pagina heeft declaraties en kan niet worden verwijderd"
USER_REFUSED = "Dit account heeft declaraties en kan niet worden verwijderd"


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("super", "s@example.org", "x")


@pytest.fixture
def declarant(db):
    return UserFactory(username="carla", first_name="Carla", last_name="Contact")


@pytest.fixture
def group_without_members(declarant):
    """A group whose members all moved on; its contact person's hours stay."""
    page = RosterGroupPageFactory(title="Groep Leeg", contact_person=declarant)
    declare_own_hours(declarant, page)
    return page


def text(response) -> str:
    return response.content.decode()


def test_a_group_with_declarations_is_not_deleted(client, admin, group_without_members):
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:delete", args=[group_without_members.pk])
    for response in [client.get(url, follow=True), client.post(url, follow=True)]:
        assert response.status_code == 200
        assert PAGE_REFUSED in text(response)
        assert "Groep Leeg" in text(response)
    assert RosterGroupPage.objects.filter(pk=group_without_members.pk).exists()
    assert Declaration.objects.filter(group=group_without_members).count() == 1


def test_the_pool_section_above_it_is_not_deleted_either(
    client, admin, group_without_members
):
    client.force_login(admin)
    parent = group_without_members.get_parent()
    url = reverse("wagtailadmin_pages:delete", args=[parent.pk])
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert "kan niet worden verwijderd" in text(response)
    assert RosterGroupPage.objects.filter(pk=group_without_members.pk).exists()


def test_bulk_deleting_a_group_with_declarations_is_refused(
    client, admin, group_without_members
):
    client.force_login(admin)
    url = f"/admin/bulk/wagtailcore/page/delete/?id={group_without_members.pk}"
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert PAGE_REFUSED in text(response)
    assert RosterGroupPage.objects.filter(pk=group_without_members.pk).exists()


def test_a_group_without_members_or_declarations_may_go(client, admin):
    page = RosterGroupPageFactory(title="Groep Vergissing")
    client.force_login(admin)
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])
    response = client.post(url)
    assert response.status_code == 302
    assert not RosterGroupPage.objects.filter(pk=page.pk).exists()


def test_a_user_with_declarations_is_not_deleted(
    client, admin, declarant, group_without_members
):
    client.force_login(admin)
    url = reverse("wagtailusers_users:delete", args=[declarant.pk])
    for response in [client.get(url, follow=True), client.post(url, follow=True)]:
        assert response.status_code == 200
        assert USER_REFUSED in text(response)
        assert "Maak het account niet actief" in text(response)
    assert get_user_model().objects.filter(pk=declarant.pk).exists()
    assert Declaration.objects.filter(contact_person=declarant).count() == 1


def test_bulk_deleting_a_user_with_declarations_is_refused(
    client, admin, declarant, group_without_members
):
    other = UserFactory(username="zonder-declaraties")
    client.force_login(admin)
    url = (
        reverse("wagtail_bulk_action", args=["auth", "user", "delete"])
        + f"?id={declarant.pk}&id={other.pk}"
    )
    response = client.post(url, follow=True)
    assert response.status_code == 200
    assert USER_REFUSED in text(response)
    assert "Carla Contact" in text(response)
    assert "zonder-declaraties" not in text(response).split(USER_REFUSED)[1][:200]
    # Nothing is deleted: the coordinator removes the others separately.
    assert get_user_model().objects.filter(pk__in=[declarant.pk, other.pk]).count() == 2


def test_a_user_without_declarations_may_go(client, admin):
    user = UserFactory(username="vergissing")
    client.force_login(admin)
    response = client.post(reverse("wagtailusers_users:delete", args=[user.pk]))
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=user.pk).exists()
