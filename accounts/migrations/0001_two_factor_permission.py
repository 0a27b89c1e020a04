"""The permission that makes two-factor sign-in required, on Wagtail's admin
content type beside "access_admin"."""

from django.db import migrations

CODENAME = "enable_2fa"
NAME = "Moet inloggen met tweestapsverificatie"


def create(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    admin_type, _created = ContentType.objects.get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    Permission.objects.update_or_create(
        content_type=admin_type, codename=CODENAME, defaults={"name": NAME}
    )


def remove(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename=CODENAME
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create, remove)]
