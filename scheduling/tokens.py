"""Signed links that work without logging in, each good for one purpose.

A link names one registration and expires when its session ends; the salt
makes a cancel link useless as a contribution link and the other way round."""

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Registration

CANCEL = "scheduling.cancel"
CONTRIBUTE = "scheduling.contribute"


class TokenError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def make(registration, purpose):
    expires = int(registration.occurrence.end.timestamp())
    return signing.dumps(
        {"r": registration.pk, "x": expires}, salt=purpose, compress=True
    )


def read(token, purpose, now=None):
    """The registration a link names; TokenError when forged or expired."""
    now = now or timezone.now()
    try:
        data = signing.loads(token, salt=purpose)
        registration_id, expires = int(data["r"]), int(data["x"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise TokenError(
            _(
                "Deze link klopt niet. Gebruik de link uit uw mail, of neem "
                "contact met ons op."
            )
        ) from error
    if expires <= now.timestamp():
        raise TokenError(_("Deze link is verlopen: de sessie is voorbij."))
    registration = (
        Registration.objects.select_related("occurrence")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        raise TokenError(_("Deze aanmelding bestaat niet meer."))
    return registration
