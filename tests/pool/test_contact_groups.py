"""Creating a group page creates its Wagtail group; the contact person field
decides who is in it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import GroupPagePermission

from pool.factories import RosterGroupPageFactory, UserFactory
from pool.models import PoolIndexPage, RosterGroupPage

pytestmark = pytest.mark.django_db


def test_a_new_group_page_gets_a_group_with_edit_rights_on_it_only(contact_a):
    page = RosterGroupPageFactory(title="Groep Charlie", contact_person=contact_a)
    group = page.contact_group
    assert group.name == "Contactpersonen Groep Charlie"
    grants = GroupPagePermission.objects.filter(group=group)
    assert [(g.page_id, g.permission.codename) for g in grants] == [
        (page.pk, "change_page")
    ]
    assert group.permissions.filter(codename="access_admin").exists()
    assert list(group.user_set.all()) == [contact_a]
    perms = page.permissions_for_user(contact_a)
    assert perms.can_edit() and not perms.can_publish() and not perms.can_delete()
    assert not PoolIndexPage.objects.get().permissions_for_user(contact_a).can_edit()


def test_a_coordinator_adds_a_group_through_the_admin(client, coordinator):
    contact = UserFactory(username="nieuwe-contactpersoon")
    pool_index = PoolIndexPage.objects.get()
    client.force_login(coordinator)
    url = reverse(
        "wagtailadmin_pages:add", args=["pool", "rostergrouppage", pool_index.pk]
    )
    response = client.post(
        url,
        {
            "title": "Groep Delta",
            "slug": "groep-delta",
            "description": "",
            "contact_person": contact.pk,
            "organisation": "",
            "members-TOTAL_FORMS": "0",
            "members-INITIAL_FORMS": "0",
            "members-MIN_NUM_FORMS": "0",
            "members-MAX_NUM_FORMS": "1000",
            "action-publish": "1",
        },
    )
    assert response.status_code == 302
    page = RosterGroupPage.objects.get(slug="groep-delta")
    assert page.live
    assert page.permissions_for_user(contact).can_edit()


def test_renaming_the_page_renames_the_group(contact_a, group_a):
    group_a.title = "Groep Alfa Noord"
    group_a.save_revision().publish()
    group_a.contact_group.refresh_from_db()
    assert group_a.contact_group.name == "Contactpersonen Groep Alfa Noord"


def test_a_new_contact_person_replaces_the_old_one(contact_a, contact_b, group_a):
    group_a.contact_person = contact_b
    group_a.save_revision().publish()
    members = set(group_a.contact_group.user_set.all())
    assert members == {contact_b}
    group_a.refresh_from_db()
    assert not group_a.permissions_for_user(contact_a).can_edit()


def test_a_draft_does_not_change_the_contact_person(contact_a, contact_b, group_a):
    group_a.contact_person = contact_b
    group_a.save_revision()
    assert set(group_a.contact_group.user_set.all()) == {contact_a}


def test_two_groups_with_the_same_title_get_separate_groups():
    first = RosterGroupPageFactory(title="Groep Echo")
    second = RosterGroupPageFactory(title="Groep Echo", slug="groep-echo-2")
    assert first.contact_group != second.contact_group
    assert second.contact_group.name.endswith(f"({second.pk})")


def test_a_copied_group_starts_empty_with_its_own_group(client, coordinator, group_a):
    client.force_login(coordinator)
    response = client.post(
        reverse("wagtailadmin_pages:copy", args=[group_a.pk]),
        {
            "new_title": "Groep Alfa Kopie",
            "new_slug": "groep-alfa-kopie",
            "new_parent_page": group_a.get_parent().pk,
            "copy_subpages": False,
            "publish_copies": False,
            "alias": False,
        },
    )
    assert response.status_code == 302
    copy = RosterGroupPage.objects.get(slug="groep-alfa-kopie")
    assert copy.members.count() == 0
    assert copy.contact_person is None and copy.organisation is None
    assert copy.contact_group not in (None, group_a.contact_group)
    assert group_a.members.count() == 2


def test_deleting_an_empty_group_removes_its_wagtail_group():
    page = RosterGroupPageFactory(title="Groep Foxtrot")
    group_id = page.contact_group_id
    page.delete()
    assert not Group.objects.filter(pk=group_id).exists()


CONTACT_GROUP_TABLES = (
    "wagtailcore_grouppagepermission",
    "auth_permission",
    "auth_user_groups",
    'UPDATE "auth_group"',
    'INSERT INTO "auth_group"',
)


def contact_group_queries(queries) -> list[str]:
    """What ensure_contact_group and sync_contact_person ask. (Checking that
    the page's group exists is the page's own validation.)"""
    return [
        q["sql"]
        for q in queries
        if any(table in q["sql"] for table in CONTACT_GROUP_TABLES)
    ]


def test_an_unchanged_save_does_no_contact_group_work(
    contact_a, group_a, django_assert_max_num_queries
):
    page = RosterGroupPage.objects.get(pk=group_a.pk)
    with django_assert_max_num_queries(100) as saved:
        page.save()
    assert contact_group_queries(saved.captured_queries) == []


def test_a_changed_contact_person_still_moves_the_rights(
    contact_a, contact_b, group_a, django_assert_max_num_queries
):
    page = RosterGroupPage.objects.get(pk=group_a.pk)
    page.contact_person = contact_b
    with django_assert_max_num_queries(100) as saved:
        page.save()
    assert contact_group_queries(saved.captured_queries)
    assert list(page.contact_group.user_set.all()) == [contact_b]
    page.refresh_from_db()
    assert page.permissions_for_user(contact_b).can_edit()
    assert not page.permissions_for_user(contact_a).can_edit()


def test_a_changed_title_still_renames_the_group(group_a):
    page = RosterGroupPage.objects.get(pk=group_a.pk)
    page.title = "Groep Alfa Zuid"
    page.save()
    assert Group.objects.get(pk=page.contact_group_id).name == (
        "Contactpersonen Groep Alfa Zuid"
    )
