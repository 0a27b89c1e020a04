"""Reminders two days before a session, sent once per registration."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import mailer
from .models import Registration, Session
from .occurrences import Slot

REMINDER_BEFORE = timedelta(days=2)


def due_reminders(now):
    return (
        Registration.objects.confirmed()
        .filter(
            reminder_sent_at__isnull=True,
            occurrence__cancelled=False,
            occurrence__start__gt=now,
            occurrence__start__lte=now + REMINDER_BEFORE,
        )
        .select_related("occurrence")
    )


def send_reminders(now=None):
    """Queue a reminder for every confirmed registration of a session in the next
    two days that has none yet. Safe to run every hour: each registration is
    marked in the same transaction as its mail, so it is never reminded twice."""
    now = now or timezone.now()
    queued = 0
    sessions = {}
    for registration_id in list(due_reminders(now).values_list("pk", flat=True)):
        with transaction.atomic():
            registration = (
                due_reminders(now)
                .select_for_update()
                .filter(pk=registration_id)
                .first()
            )
            if registration is None:
                continue
            event_id = registration.occurrence.event_id
            if event_id not in sessions:
                sessions[event_id] = Session.objects.get(pk=event_id)
            slot = Slot.for_registration(registration, sessions[event_id])
            mailer.queue(registration, "reminder", slot)
            registration.reminder_sent_at = now
            registration.save(update_fields=["reminder_sent_at"])
            queued += 1
    return queued
