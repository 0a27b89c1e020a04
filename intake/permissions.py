"""Requests hold residents' personal data: only coordinators may handle them.

The coordinators' group gets the request permissions after every migrate, so a
new installation and an existing one both have them."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from pool.contact_groups import COORDINATORS_GROUP

HANDLE_REQUESTS = "intake.change_request"
REQUEST_PERMISSIONS = [
    "view_request",
    "add_request",
    "change_request",
    "delete_request",
]


def grant_coordinator_permissions(app_config=None, using="default", **kwargs):
    if app_config is not None:
        # post_migrate reaches this app before django.contrib.auth, which comes
        # later in INSTALLED_APPS, has made the app's permissions.
        create_permissions(app_config, verbosity=0, using=using)
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="intake", codename__in=REQUEST_PERMISSIONS
        )
    )


def may_handle_requests(user) -> bool:
    return user.is_active and user.has_perm(HANDLE_REQUESTS)
