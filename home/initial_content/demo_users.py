"""Demo accounts for local development only; the command refuses them when
DEBUG is off."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

DEMO_PASSWORD = "oco-almere-demo"
EDITORS_GROUP = "Redactie"
PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
MEDIA_PERMISSIONS = {
    # Wagtail checks document permissions on its own Document model.
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
    "wagtailimages": ["add_image", "change_image", "choose_image"],
}


def editors_group(home):
    """The communications editor's group: pages, documents, images, settings."""
    group, created = Group.objects.get_or_create(name=EDITORS_GROUP)
    if not created:
        return group
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
        Permission.objects.get(
            content_type__app_label="home", codename="change_contactsettings"
        ),
        # Wagtail's "Translate" (simple_translation) on the pages they edit.
        Permission.objects.get(
            content_type__app_label="simple_translation",
            codename="submit_translation",
        ),
    )
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            permission = Permission.objects.get(
                content_type__app_label=app_label, codename=codename
            )
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission
            )
    return group


def create_demo_users(home, log=print):
    User = get_user_model()
    accounts = [
        ("beheerder", "beheerder@example.org", True),
        ("redacteur", "redacteur@example.org", False),
    ]
    group = editors_group(home)
    for username, email, is_superuser in accounts:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": email,
                "is_staff": is_superuser,
                "is_superuser": is_superuser,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            if not is_superuser:
                user.groups.add(group)
        log(
            _("Demo-account: %(username)s / %(password)s")
            % {"username": username, "password": DEMO_PASSWORD}
        )
