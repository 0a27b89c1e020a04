"""Coordinators and contact persons see personal data: they must sign in with
two factors. Grants the permission that requires it (made by accounts) to the
groups that already exist; pool.contact_groups grants it to new ones."""

from django.db import migrations

COORDINATORS_GROUP = "Coördinatoren"


def pool_groups(apps):
    Group = apps.get_model("auth", "Group")
    RosterGroupPage = apps.get_model("pool", "RosterGroupPage")
    contact_group_ids = RosterGroupPage.objects.exclude(contact_group=None).values_list(
        "contact_group_id", flat=True
    )
    return Group.objects.filter(name=COORDINATORS_GROUP) | Group.objects.filter(
        pk__in=list(contact_group_ids)
    )


def two_factor_permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    )


def grant(apps, schema_editor):
    permission = two_factor_permission(apps)
    for group in pool_groups(apps):
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    permission = two_factor_permission(apps)
    for group in pool_groups(apps):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("pool", "0003_declaration_page"),
        ("accounts", "0001_two_factor_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
