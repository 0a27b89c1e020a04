"""Signed links that work without logging in, each good for one purpose.

A link names one registration and stops working when its session has ended
(as the session stands now, so a session moved later keeps its links); the salt
makes a cancel link useless as a contribution link and the other way round."""

from django.core import signing
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Registration

CANCEL = "scheduling.cancel"
CONTRIBUTE = "scheduling.contribute"


class TokenError(Exception):
    """A link that cannot be used; ``status`` is 400 for a forged link and 410
    for one that has had its day."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def make(registration, purpose):
    return signing.dumps({"r": registration.pk}, salt=purpose, compress=True)


def read(token, purpose, now=None):
    """The registration a link names; TokenError when forged or expired."""
    now = now or timezone.now()
    try:
        registration_id = int(signing.loads(token, salt=purpose)["r"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise TokenError(
            _(
                "Deze link klopt niet. Gebruik de link uit uw mail, of neem "
                "contact met ons op."
            ),
            status=400,
        ) from error
    registration = (
        Registration.objects.select_related("occurrence")
        .filter(pk=registration_id)
        .first()
    )
    if registration is None:
        raise TokenError(_("Deze aanmelding bestaat niet meer."), status=410)
    if registration.occurrence.end <= now:
        raise TokenError(_("Deze link is verlopen: de sessie is voorbij."), status=410)
    return registration
