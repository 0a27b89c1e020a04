"""The Wagtail groups of the pool: one "Contactpersonen <groep>" group per group
page, which may edit that page and nothing else, and the coordinators' group,
which may do everything in the pool."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission

from pool.models.members import MANAGE_POOL_PERMISSION

COORDINATORS_GROUP = "Coördinatoren"
GROUP_NAME_MAX_LENGTH = 150
COORDINATOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
# Everyone in the pool's groups sees personal data: they must sign in with a
# second factor (see accounts).
TWO_FACTOR_PERMISSION = ("wagtailadmin", "enable_2fa")
COORDINATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("pool", "manage_pool"),
    ("pool", "add_organisation"),
    ("pool", "change_organisation"),
    ("pool", "view_organisation"),
    ("pool", "change_poolsettings"),
    ("auth", "add_user"),
    ("auth", "change_user"),
    TWO_FACTOR_PERMISSION,
]


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def contact_group_name(page) -> str:
    name = _("Contactpersonen %(group)s") % {"group": page.title}
    if len(name) > GROUP_NAME_MAX_LENGTH:
        name = name[: GROUP_NAME_MAX_LENGTH - 1] + "…"
    clash = Group.objects.filter(name=name)
    if page.contact_group_id:
        clash = clash.exclude(pk=page.contact_group_id)
    if clash.exists():
        suffix = f" ({page.pk})"
        name = name[: GROUP_NAME_MAX_LENGTH - len(suffix)] + suffix
    return name


def ensure_contact_group(page) -> Group:
    """Create or rename the page's group and give it edit rights on the page."""
    name = contact_group_name(page)
    group = page.contact_group
    if group is None:
        group = Group.objects.create(name=name)
        type(page).objects.filter(pk=page.pk).update(contact_group=group)
        page.contact_group = group
    elif group.name != name:
        group.name = name
        group.save(update_fields=["name"])
    group.permissions.add(
        permission("wagtailadmin", "access_admin"), permission(*TWO_FACTOR_PERMISSION)
    )
    GroupPagePermission.objects.get_or_create(
        group=group,
        page_id=page.pk,
        permission=permission("wagtailcore", "change_page"),
    )
    return group


def sync_contact_person(page, previous_user_id):
    """Put the page's contact person in its group and take out the one before."""
    group = page.contact_group
    if group is None:
        return
    if previous_user_id and previous_user_id != page.contact_person_id:
        group.user_set.remove(previous_user_id)
    if page.contact_person_id:
        group.user_set.add(page.contact_person_id)


def ensure_coordinators_group(pool_index) -> Group:
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    for app_label, codename in COORDINATOR_MODEL_PERMISSIONS:
        group.permissions.add(permission(app_label, codename))
    for codename in COORDINATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page_id=pool_index.pk,
            permission=permission("wagtailcore", codename),
        )
    return group


def is_coordinator(user) -> bool:
    return user.is_active and user.has_perm(MANAGE_POOL_PERMISSION)
