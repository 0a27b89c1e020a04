"""Sending the request mails in the outbox, with retries and a lease, so a mail
is sent once even when two workers or a restarted worker look at it.

A worker that dies while sending leaves the mail pending with its lease, and
the database task backend leaves that task "running" for good: the mail goes
out through send_request_mail (cron) once the lease has passed. See
home.outbox for the one window no outbox closes, and why each row's
Message-ID stays the same."""

import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from home.outbox import LEASE, MAX_ATTEMPTS, backoff, message_id

from .models import RequestMail

logger = logging.getLogger(__name__)
LABEL = RequestMail._meta.label_lower


def take(mail_id: int, now) -> RequestMail | None:
    with transaction.atomic():
        mail = (
            RequestMail.objects.select_for_update(skip_locked=True)
            .due(now)
            .filter(pk=mail_id)
            .first()
        )
        if mail is not None:
            mail.attempts += 1
            mail.next_attempt_at = now + LEASE
            mail.save(update_fields=["attempts", "next_attempt_at"])
        return mail


def send(mail_id: int, now=None) -> bool:
    """Send one pending, due mail; False when it was not due or failed."""
    mail = take(mail_id, now or timezone.now())
    if mail is None:
        return False
    try:
        EmailMessage(
            subject=mail.subject,
            body=mail.body,
            to=[mail.to],
            headers={"Message-ID": message_id(LABEL, mail.pk, mail.created_at)},
        ).send()
    except Exception as error:
        # The error's type only: an SMTP message may quote the address.
        logger.warning(
            "Request mail %s failed, attempt %s: %s",
            mail.pk,
            mail.attempts,
            type(error).__name__,
        )
        mail.last_error = type(error).__name__
        if mail.attempts >= MAX_ATTEMPTS:
            mail.status = RequestMail.Status.FAILED
        mail.next_attempt_at = timezone.now() + backoff(mail.attempts)
        mail.save(update_fields=["last_error", "status", "next_attempt_at"])
        return False
    mail.status = RequestMail.Status.SENT
    mail.sent_at = timezone.now()
    mail.last_error = ""
    mail.save(update_fields=["status", "sent_at", "last_error"])
    return True


@task()
def deliver_request_mail(mail_id: int) -> bool:
    sent = send(mail_id)
    if not sent and deliver_request_mail.get_backend().supports_defer:
        retry_at = (
            RequestMail.objects.filter(pk=mail_id, status=RequestMail.Status.PENDING)
            .values_list("next_attempt_at", flat=True)
            .first()
        )
        if retry_at is not None:
            deliver_request_mail.using(run_after=retry_at).enqueue(mail_id)
    return sent


def send_due(limit: int = 500) -> int:
    """Send what is due, retries included; the number sent."""
    due = list(RequestMail.objects.due().values_list("pk", flat=True)[:limit])
    return sum(send(mail_id) for mail_id in due)
