import mimetypes

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Website")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Browsers only accept subtitle tracks served as text/vtt.
        mimetypes.add_type("text/vtt", ".vtt")

        from .page_cache import connect_signals

        connect_signals()
