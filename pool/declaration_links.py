"""The personal link a member gets by mail to declare hours and costs.

The link holds the member and a fingerprint of their email address as it was
when the link was made, signed with a timestamp. It works for
POOL_DECLARATION_LINK_DAYS days, and stops working at once when the member
becomes inactive or their email address changes (someone else may read the
old address now). Signed is not secret: the fingerprint is keyed with the
site's secret, so the address cannot be read back from it.

The signed value is base64-encoded once more: Wagtail serves pages only at
addresses of letters, digits, "-" and "_", and a signature has colons."""

import base64
import binascii
import datetime
import hashlib
import hmac

from django.conf import settings
from django.core import signing
from django.utils.translation import gettext as _

from pool.models import Member

SALT = "pool.declaration-link"


class LinkError(Exception):
    """A link that cannot be used; ``status`` is 200 for a link that is broken
    (mistyped, cut off) and 410 for one that worked once."""

    def __init__(self, message, status):
        super().__init__(message)
        self.message = message
        self.status = status


def valid_days() -> int:
    return int(getattr(settings, "POOL_DECLARATION_LINK_DAYS", 14))


def email_fingerprint(email: str) -> str:
    normalised = (email or "").strip().lower().encode()
    digest = hmac.new(
        settings.SECRET_KEY.encode(), b"declaration-link:" + normalised, hashlib.sha256
    )
    return digest.hexdigest()[:24]


def make(member) -> str:
    signer = signing.TimestampSigner(salt=SALT)
    signed = signer.sign_object({"m": member.pk, "e": email_fingerprint(member.email)})
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def unwrap(token: str) -> str:
    padded = token + "=" * (-len(token) % 4)
    return base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")


def broken() -> LinkError:
    return LinkError(
        _(
            "Deze link klopt niet. Misschien is hij niet helemaal overgenomen uit "
            "de mail. Vraag hieronder een nieuwe link aan."
        ),
        status=200,
    )


def no_longer_valid() -> LinkError:
    return LinkError(
        _("Deze link werkt niet meer. Vraag hieronder een nieuwe link aan."),
        status=410,
    )


def read(token: str) -> Member:
    """The active member a link names; LinkError when it cannot be used."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        payload = signer.unsign_object(
            unwrap(token), max_age=datetime.timedelta(days=valid_days())
        )
    except signing.SignatureExpired as error:
        raise LinkError(
            _(
                "Deze link is verlopen. Een link werkt %(days)d dagen. Vraag "
                "hieronder een nieuwe link aan."
            )
            % {"days": valid_days()},
            status=410,
        ) from error
    except (signing.BadSignature, binascii.Error, ValueError, TypeError) as error:
        raise broken() from error
    try:
        member_id = int(payload["m"])
        fingerprint = str(payload["e"])
    except (KeyError, TypeError, ValueError) as error:
        raise broken() from error
    member = Member.objects.active().select_related("page").filter(pk=member_id).first()
    if member is None or not hmac.compare_digest(
        fingerprint, email_fingerprint(member.email)
    ):
        raise no_longer_valid()
    return member
