from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def ensure_two_factor_permission(using="default", **kwargs):
    """Like Django's own permissions, the two-factor permission comes back after
    a database is emptied (`flush`), not only when migration 0001 runs."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType

    from .two_factor import PERMISSION_CODENAME, PERMISSION_NAME

    admin_type, _created = ContentType.objects.db_manager(using).get_or_create(
        app_label="wagtailadmin", model="admin"
    )
    Permission.objects.db_manager(using).get_or_create(
        content_type=admin_type,
        codename=PERMISSION_CODENAME,
        defaults={"name": PERMISSION_NAME},
    )


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Inloggen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401

        # Sent per app with models; this app has none, Wagtail's admin has.
        post_migrate.connect(
            ensure_two_factor_permission,
            sender=apps.get_app_config("wagtailadmin"),
            dispatch_uid="accounts.ensure_two_factor_permission",
        )
