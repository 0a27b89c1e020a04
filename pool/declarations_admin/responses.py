"""What the views answer when a declaration was decided on already."""

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages

from .listing import declaration_url


def decided_message(declaration) -> str:
    return _("Deze declaratie is al beoordeeld: %(status)s. Er is niets veranderd.") % {
        "status": declaration.get_status_display().lower()
    }


def refuse_decided(request, declaration):
    """A redirect to the declaration's page with a message when someone has
    decided on it already; None while it waits."""
    if not declaration.is_decided:
        return None
    messages.error(request, decided_message(declaration))
    return redirect(declaration_url("inspect", declaration.pk))
