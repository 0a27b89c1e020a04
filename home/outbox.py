"""Sending the mails of the outbox (home.models.outbox): after the commit a
background task sends each one; a failure is retried later, and
``send_outbox_mail`` (cron) sends whatever is due, retries included.

A mail is taken with a lease: its next attempt moves LEASE ahead before it is
sent. A worker that dies while sending (killed, restarted, out of memory)
leaves the mail pending, and it goes out once the lease has passed. The
database task backend does not do this for us: it leaves a task whose worker
died as "running" for good and never runs it again.

The one window no outbox can close: the mail server accepted the mail, and the
worker died before it recorded that. The mail then goes out a second time
after the lease; it carries the same Message-ID both times, so a mail program
can show it once."""

import logging
from datetime import timedelta
from email.utils import parseaddr

from django.apps import apps
from django.conf import settings
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.utils import timezone

from home.models.outbox import OutboxMail

logger = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
LEASE = timedelta(minutes=10)


def backoff(attempts: int) -> timedelta:
    """2, 4, 8, ... minutes after each failure, at most six hours."""
    return timedelta(minutes=min(2**attempts, 360))


def message_id(label: str, pk: int, created_at) -> str:
    """The same Message-ID for every attempt to send one outbox row."""
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2]
    stamp = int(created_at.timestamp())
    return f"<{label}.{pk}.{stamp}@{domain or DNS_NAME}>"


def outbox_models() -> list[type[OutboxMail]]:
    return [model for model in apps.get_models() if issubclass(model, OutboxMail)]


def outbox_model(label: str) -> type[OutboxMail]:
    model = apps.get_model(label)
    if not issubclass(model, OutboxMail):
        raise LookupError(f"{label} is not an outbox")
    return model


def queue(mail: OutboxMail) -> OutboxMail:
    """Hand a stored mail to the background task once the transaction commits."""
    label, mail_id = mail._meta.label_lower, mail.pk
    transaction.on_commit(lambda: enqueue_delivery(label, mail_id))
    return mail


def enqueue_delivery(label: str, mail_id: int, run_after=None) -> None:
    from home.tasks import deliver_outbox_mail

    task = deliver_outbox_mail
    if run_after is not None:
        task = task.using(run_after=run_after)
    try:
        task.enqueue(label, mail_id)
    except Exception:
        # An unreachable task backend must not break the form that was just
        # saved; send_outbox_mail picks the mail up later.
        logger.exception("Could not enqueue outbox mail %s %s", label, mail_id)


def take(model: type[OutboxMail], mail_id: int, now) -> OutboxMail | None:
    with transaction.atomic():
        mail = (
            model.objects.select_for_update(skip_locked=True)
            .due(now)
            .filter(pk=mail_id)
            .first()
        )
        if mail is not None:
            mail.attempts += 1
            mail.next_attempt_at = now + LEASE
            mail.save(update_fields=["attempts", "next_attempt_at"])
        return mail


def record(mail: OutboxMail, status: str, error: Exception | None = None) -> None:
    mail.status = status
    mail.last_error = type(error).__name__ if error else ""
    fields = ["status", "last_error"]
    if status == OutboxMail.Status.SENT:
        mail.sent_at = timezone.now()
        fields.append("sent_at")
    elif status == OutboxMail.Status.PENDING:
        mail.next_attempt_at = timezone.now() + backoff(mail.attempts)
        fields.append("next_attempt_at")
    mail.save(update_fields=fields)


def send(label: str, mail_id: int, now=None) -> bool:
    """Send one pending, due mail; False when it was not due, had nothing to
    say any more, or failed (then it is retried later)."""
    model = outbox_model(label)
    mail = take(model, mail_id, now or timezone.now())
    if mail is None:
        return False
    try:
        message = mail.build_message()
        if message is None:
            record(mail, OutboxMail.Status.DROPPED)
            return False
        message.extra_headers["Message-ID"] = message_id(
            label, mail.pk, mail.created_at
        )
        message.send()
    except Exception as error:
        given_up = mail.attempts >= MAX_ATTEMPTS
        (logger.error if given_up else logger.warning)(
            "Outbox mail %s %s failed, attempt %s: %s",
            label,
            mail.pk,
            mail.attempts,
            type(error).__name__,
        )
        status = OutboxMail.Status.FAILED if given_up else OutboxMail.Status.PENDING
        record(mail, status, error)
        return False
    record(mail, OutboxMail.Status.SENT)
    return True


def next_attempt(label: str, mail_id: int):
    """When a pending mail is tried again; None when it is not pending."""
    return (
        outbox_model(label)
        .objects.filter(pk=mail_id, status=OutboxMail.Status.PENDING)
        .values_list("next_attempt_at", flat=True)
        .first()
    )


def send_due(limit: int = 500) -> int:
    """Send what is due in every outbox, retries included; the number sent."""
    sent = 0
    for model in outbox_models():
        label = model._meta.label_lower
        due = list(model.objects.due().values_list("pk", flat=True)[:limit])
        sent += sum(send(label, mail_id) for mail_id in due)
    return sent
