"""Coordinators and contact persons must use two factors: the pool gives
their groups the permission, new groups and existing databases alike."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group

from pool.contact_groups import COORDINATORS_GROUP
from pool.factories import RosterGroupPageFactory, UserFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("pool.migrations.0004_two_factor_for_pool_groups")


def has_permission(group):
    return group.permissions.filter(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    ).exists()


def test_the_coordinators_group_has_it():
    assert has_permission(Group.objects.get(name=COORDINATORS_GROUP))


def test_a_new_contact_group_has_it():
    page = RosterGroupPageFactory(title="Groep Nieuw", contact_person=UserFactory())
    assert has_permission(page.contact_group)


def test_the_migration_gives_it_to_groups_that_exist():
    page = RosterGroupPageFactory(title="Groep Oud", contact_person=UserFactory())
    coordinators = Group.objects.get(name=COORDINATORS_GROUP)
    other = Group.objects.create(name="Iets anders")
    for group in (coordinators, page.contact_group):
        migration.revoke(apps, None)
        assert not has_permission(group)
    migration.grant(apps, None)
    assert has_permission(coordinators)
    assert has_permission(page.contact_group)
    assert not has_permission(other)


def test_the_permission_has_a_dutch_name():
    from django.contrib.auth.models import Permission

    permission = Permission.objects.get(codename="enable_2fa")
    assert permission.name == "Moet inloggen met tweestapsverificatie"


def test_the_permission_returns_after_the_database_is_emptied(db):
    from django.contrib.auth.models import Permission

    from accounts.apps import ensure_two_factor_permission

    Permission.objects.filter(codename="enable_2fa").delete()
    ensure_two_factor_permission()
    assert Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    ).exists()
