"""The plugin's settings, each with a default so that a site needs none.

SCHEDULING_ATTENDEE_MODEL
    "app_label.ModelName" of the people a registration may be tied to, or None
    (the default): registrations are then plain name and email.
SCHEDULING_ATTENDEE_NAME_FIELD / SCHEDULING_ATTENDEE_EMAIL_FIELD
    The attendee model's fields for name and email ("name", "email").
SCHEDULING_AUDIENCES
    Who a session is for: a dict of key to {"label": ..., "public": bool}.
    Public audiences register through the form on the site; the others only
    through the admin, for users the "scheduling_user_audiences" hook admits.
SCHEDULING_AGENDA_MONTHS
    How far ahead the agenda page looks (12).
SCHEDULING_BASE_URL
    The site's address for links in mails and calendar UIDs (defaults to
    WAGTAILADMIN_BASE_URL).
"""

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _

DEFAULT_AUDIENCES = {"everyone": {"label": _("Iedereen"), "public": True}}


def attendee_model():
    label = getattr(settings, "SCHEDULING_ATTENDEE_MODEL", None)
    return apps.get_model(label) if label else None


def attendee_name_field():
    return getattr(settings, "SCHEDULING_ATTENDEE_NAME_FIELD", "name")


def attendee_email_field():
    return getattr(settings, "SCHEDULING_ATTENDEE_EMAIL_FIELD", "email")


def audiences():
    return getattr(settings, "SCHEDULING_AUDIENCES", DEFAULT_AUDIENCES)


def audience_choices():
    return [(key, spec["label"]) for key, spec in audiences().items()]


def is_public_audience(key):
    return audiences().get(key, {}).get("public", False)


def default_audience():
    return next(iter(audiences()))


def base_url():
    return getattr(settings, "SCHEDULING_BASE_URL", None) or getattr(
        settings, "WAGTAILADMIN_BASE_URL", "http://localhost"
    )


def agenda_months():
    return getattr(settings, "SCHEDULING_AGENDA_MONTHS", 12)
