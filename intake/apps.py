from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class IntakeConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "intake"
    verbose_name = _("Aanvragen")

    def ready(self):
        from .permissions import grant_coordinator_permissions

        post_migrate.connect(grant_coordinator_permissions, sender=self)
