"""Background work: sending the mails in the outbox.

A worker that dies while sending leaves the mail pending with its lease (see
claim), and the database task backend leaves that task "running" for good:
the mail goes out through send_queued_mail (cron) once the lease has passed."""

import logging
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import OutgoingMail

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def retry_delay(attempts):
    """1, 2, 4, ... minutes, at most six hours."""
    return timedelta(minutes=min(2 ** max(attempts - 1, 0), 360))


LEASE = timedelta(minutes=10)


def message_id(mail):
    """The same Message-ID for every attempt to send one mail: when a worker
    dies after the mail server took the mail but before that was recorded, the
    mail goes out again after the lease, and a mail program shows it once."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2]
    stamp = int(mail.created_at.timestamp())
    return f"<scheduling.outgoingmail.{mail.pk}.{stamp}@{domain or DNS_NAME}>"


def claim(mail_id, now):
    """Take a pending, due mail for sending, so no other worker sends it too.

    A short transaction: the lease moves its next attempt ten minutes ahead, so
    a worker that dies while sending leaves the mail to be retried after that."""
    with transaction.atomic():
        mail = (
            OutgoingMail.objects.select_for_update(skip_locked=True)
            .filter(pk=mail_id, status=OutgoingMail.Status.PENDING)
            .filter(next_attempt_at__lte=now)
            .first()
        )
        if mail is None:
            return None
        mail.attempts += 1
        mail.next_attempt_at = now + LEASE
        mail.save(update_fields=["attempts", "next_attempt_at"])
        return mail


def send_one(mail_id, now=None):
    """Send one mail from the outbox if it is pending and due; True when sent."""
    now = now or timezone.now()
    mail = claim(mail_id, now)
    if mail is None:
        return False
    message = EmailMessage(
        subject=mail.subject,
        body=mail.body,
        to=[mail.to],
        headers={"Message-ID": message_id(mail)},
    )
    if mail.calendar:
        message.attach("sessie.ics", mail.calendar, "text/calendar")
    try:
        message.send()
    except Exception as error:
        logger.warning("Mail %s failed (attempt %s): %s", mail.pk, mail.attempts, error)
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        if mail.attempts >= MAX_ATTEMPTS:
            mail.status = OutgoingMail.Status.FAILED
        mail.next_attempt_at = timezone.now() + retry_delay(mail.attempts)
        mail.save(update_fields=["last_error", "status", "next_attempt_at"])
        return False
    mail.status = OutgoingMail.Status.SENT
    mail.sent_at = timezone.now()
    mail.last_error = ""
    mail.save(update_fields=["status", "sent_at", "last_error"])
    return True


@task()
def deliver_mail(mail_id):
    sent = send_one(mail_id)
    if not sent and deliver_mail.get_backend().supports_defer:
        mail = OutgoingMail.objects.filter(
            pk=mail_id, status=OutgoingMail.Status.PENDING
        ).first()
        if mail is not None:
            deliver_mail.using(run_after=mail.next_attempt_at).enqueue(mail_id)
    return sent


def send_due_mail(limit=500):
    """Send what is due in the outbox (retries included); returns the number sent."""
    due = OutgoingMail.objects.due().values_list("pk", flat=True)[:limit]
    return sum(1 for mail_id in list(due) if send_one(mail_id))
