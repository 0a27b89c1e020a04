"""Mails to people who registered, written to an outbox first.

``queue`` stores the mail in the caller's transaction and hands it to the
background task once that transaction commits. If the mail server is down the
registration is saved all the same; the mail waits in the outbox and is
retried (see tasks.deliver_mail and the send_queued_mail command)."""

import logging
import secrets
from urllib.parse import urljoin

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import conf, ics, tokens
from .models import OutgoingMail, PersonalFeed, Registration
from .occurrences import Slot, local

logger = logging.getLogger(__name__)

SUBJECTS = {
    "confirmed": _("Aangemeld: %(title)s op %(date)s"),
    "waiting": _("Wachtlijst: %(title)s op %(date)s"),
    "promoted": _("Er is plaats: u bent aangemeld voor %(title)s op %(date)s"),
    "cancelled": _("Afgemeld: %(title)s op %(date)s"),
    "reminder": _("Herinnering: %(title)s op %(date)s"),
    "session_cancelled": _("Gaat niet door: %(title)s op %(date)s"),
    "session_moved": _("Gewijzigd: %(title)s, nu op %(date)s"),
}
# Purposes whose mail carries the session for the calendar, and whether as a
# cancellation.
CALENDAR_METHOD = {
    "confirmed": "PUBLISH",
    "promoted": "PUBLISH",
    "reminder": "PUBLISH",
    "session_moved": "PUBLISH",
    "cancelled": "CANCEL",
    "session_cancelled": "CANCEL",
}
# Who still has a place: only they get the online link.
WITH_LINK = {"confirmed", "promoted", "reminder", "session_moved"}


def absolute(path):
    return urljoin(conf.base_url(), path)


def personal_feed(registration):
    """The secret feed address of the person behind a registration."""
    if registration.attendee_id is not None:
        lookup = {
            "attendee_type_id": registration.attendee_type_id,
            "attendee_id": registration.attendee_id,
        }
    else:
        lookup = {"attendee_id": None, "email": registration.email}
    feed = PersonalFeed.objects.filter(**lookup).first()
    if feed is None:
        try:
            with transaction.atomic():
                feed = PersonalFeed.objects.create(
                    token=secrets.token_urlsafe(32),
                    email=registration.email,
                    **{k: v for k, v in lookup.items() if k != "email"},
                )
        except IntegrityError:
            feed = PersonalFeed.objects.get(**lookup)
    return feed


def links(registration, slot):
    result = {"cancel_url": None, "contribute_url": None}
    if registration.is_active and slot.start > timezone.now():
        result["cancel_url"] = absolute(
            reverse(
                "scheduling:cancel", args=[tokens.make(registration, tokens.CANCEL)]
            )
        )
        if slot.session.contribution_kind and registration.status == (
            Registration.Status.CONFIRMED
        ):
            result["contribute_url"] = absolute(
                reverse(
                    "scheduling:contribute",
                    args=[tokens.make(registration, tokens.CONTRIBUTE)],
                )
            )
    result["session_url"] = absolute(slot.page_url) if slot.page_url else None
    feed = personal_feed(registration)
    result["feed_url"] = absolute(
        reverse("scheduling:personal_feed", args=[feed.token])
    )
    return result


def render(registration, purpose, slot=None):
    slot = slot or Slot.for_registration(registration)
    date = local(slot.start).strftime("%d-%m-%Y %H:%M")
    context = {
        "registration": registration,
        "session": slot.session,
        "slot": slot,
        "purpose": purpose,
        "site_name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
        "with_link": purpose in WITH_LINK,
        **links(registration, slot),
    }
    subject = str(SUBJECTS[purpose]) % {"title": slot.session.title, "date": date}
    body = render_to_string(f"scheduling/mail/{purpose}.txt", context)
    calendar = ""
    method = CALENDAR_METHOD.get(purpose)
    if method:
        cal = ics.new_calendar(method=method)
        cal.add_component(
            ics.occurrence_event(
                slot,
                cancelled=method == "CANCEL",
                with_link=purpose in WITH_LINK,
            )
        )
        calendar = ics.to_bytes(cal).decode()
    return subject, body, calendar


def queue(registration, purpose, slot=None):
    """Write the mail now; send it after the transaction commits."""
    subject, body, calendar = render(registration, purpose, slot)
    mail = OutgoingMail.objects.create(
        registration=registration,
        purpose=purpose,
        to=registration.email,
        subject=subject[:255],
        body=body,
        calendar=calendar,
    )
    transaction.on_commit(lambda: enqueue_delivery(mail.pk))
    return mail


def enqueue_delivery(mail_id):
    from .tasks import deliver_mail

    try:
        deliver_mail.enqueue(mail_id)
    except Exception:
        # A task backend that is unreachable must not break the request; the
        # send_queued_mail command picks the mail up.
        logger.exception("Could not enqueue mail %s", mail_id)
