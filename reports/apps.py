from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    """The coordinators' figures: reads the pool, the requests and the agenda,
    and changes none of them."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = _("Rapportages")
