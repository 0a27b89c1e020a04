"""Mails about requests, written to an outbox in the caller's transaction and
sent by a background task after it commits (intake.tasks).

Only the resident's confirmation goes to the resident. Every other mail says
nothing about the resident beyond the reference and a link to the admin, and
no subject holds personal data."""

import logging
from urllib.parse import urljoin

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import RequestMail

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirmation": _("Uw aanvraag voor een OCO: kenmerk %(reference)s"),
    "new_request": _("Nieuwe aanvraag %(reference)s"),
    "shared": _("Aanvraag %(reference)s: wilt u een OCO voorstellen?"),
    "proposal": _("Voorstel voor aanvraag %(reference)s"),
    "matched": _("U bent gekoppeld aan aanvraag %(reference)s"),
    "first_trajectory": _("Eerste ondersteuning door een lid van uw groep"),
    "keep_in_touch": _("Waakvlamcontact voor aanvraag %(reference)s"),
    "keep_in_touch_member_inactive": _(
        "Waakvlamcontact voor aanvraag %(reference)s: kies een andere OCO"
    ),
}


def absolute(path: str) -> str:
    return urljoin(settings.WAGTAILADMIN_BASE_URL, path)


def admin_url(request_obj) -> str:
    return absolute(reverse("intake_requests:inspect", args=[request_obj.pk]))


def queue(
    request_obj, purpose: str, recipients, context=None, language=None
) -> list[RequestMail]:
    """Store one mail per recipient now; send each after the transaction commits.
    Without an address (a group without a contact person) nothing is stored.

    The mail is written in `language` (the site's language when None) and
    stored as written, so a later retry sends the same text."""
    addresses = list(dict.fromkeys(address for address in recipients if address))
    if not addresses:
        return []
    context = {
        "request": request_obj,
        "reference": request_obj.reference,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        **(context or {}),
    }
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = str(SUBJECTS[purpose]) % {"reference": request_obj.reference}
        body = render_to_string(f"intake/mail/{purpose}.txt", context)
    mails = [
        RequestMail.objects.create(
            request=request_obj, purpose=purpose, to=to, subject=subject, body=body
        )
        for to in addresses
    ]
    for mail in mails:
        transaction.on_commit(lambda mail_id=mail.pk: enqueue_delivery(mail_id))
    return mails


def enqueue_delivery(mail_id: int) -> None:
    from .tasks import deliver_request_mail

    try:
        deliver_request_mail.enqueue(mail_id)
    except Exception:
        # An unreachable task backend must not break the request that was just
        # saved; the send_request_mail command picks the mail up later.
        logger.exception("Could not enqueue request mail %s", mail_id)
