"""The coordinators read the responses to the feedback form for professionals
(Wagtail's "Formulieren"), without edit rights on the page: the permission to
view form submissions, which home.wagtail_hooks turns into read access. Run
again, it adds nothing."""

from django.contrib.auth.models import Group, Permission

from home.submissions import READ_PERMISSION
from pool.contact_groups import COORDINATORS_GROUP


def build(log=print, demo_users=False, demo_password=None):
    """Returns the number of permissions granted; 0 when the group had it."""
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    app_label, codename = READ_PERMISSION.split(".")
    permission = Permission.objects.get(
        content_type__app_label=app_label, codename=codename
    )
    if group.permissions.filter(pk=permission.pk).exists():
        return 0
    group.permissions.add(permission)
    return 1
