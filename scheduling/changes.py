"""Coordinators' changes to occurrences and series, and who is told.

Cancelling or moving one occurrence stores it (django-scheduler keeps the
change on the stored row) and mails everyone still registered. Editing a
series' start moves django-scheduler's computed occurrences but not the
stored ones; ``follow_series_change`` moves the stored ones with it, so that
registrations are never stranded on a time that no longer exists."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Occurrence

from . import mailer
from .booking import BookingError
from .models import Registration
from .occurrences import Slot, local, store_slot


def _notify(occurrence, session, purpose):
    slot = Slot.from_occurrence(session, occurrence)
    registrations = Registration.objects.active().filter(occurrence=occurrence)
    for registration in registrations:
        mailer.queue(registration, purpose, slot)
    return len(registrations)


def cancel_occurrence(slot, *, now=None):
    """Cancel one occurrence; returns how many registered people are told."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = store_slot(slot)
        occurrence = Occurrence.objects.select_for_update().get(pk=occurrence.pk)
        if occurrence.cancelled:
            raise BookingError(_("Deze sessie was al geannuleerd."))
        if occurrence.end <= now:
            raise BookingError(
                _("Een sessie die voorbij is kan niet meer worden geannuleerd.")
            )
        occurrence.cancelled = True
        occurrence.save()
        return _notify(occurrence, slot.session, "session_cancelled")


def restore_occurrence(slot):
    with transaction.atomic():
        occurrence = Occurrence.objects.select_for_update().get(pk=store_slot(slot).pk)
        if not occurrence.cancelled:
            raise BookingError(_("Deze sessie was niet geannuleerd."))
        occurrence.cancelled = False
        occurrence.save()
        slot = Slot.from_occurrence(slot.session, occurrence)
        registrations = Registration.objects.active().filter(occurrence=occurrence)
        for registration in registrations:
            confirmed = registration.status == Registration.Status.CONFIRMED
            mailer.queue(registration, "confirmed" if confirmed else "waiting", slot)
        return len(registrations)


def move_occurrence(slot, start, end, *, now=None):
    """Move one occurrence to a new time; registrations go along and are told."""
    now = now or timezone.now()
    if end <= start:
        raise BookingError(_("Het einde moet na het begin liggen."))
    if start <= now:
        raise BookingError(_("Kies een nieuw moment in de toekomst."))
    with transaction.atomic():
        occurrence = Occurrence.objects.select_for_update().get(pk=store_slot(slot).pk)
        if occurrence.cancelled:
            raise BookingError(_("Een geannuleerde sessie kan niet worden verplaatst."))
        occurrence.start, occurrence.end = start, end
        occurrence.save()
        Registration.objects.filter(occurrence=occurrence).update(reminder_sent_at=None)
        return _notify(occurrence, slot.session, "session_moved")


def follow_series_change(session, old_start, old_end, *, now=None):
    """After a series' start or end changed: move its stored occurrences along.

    The shift is applied in local wall-clock time (a series moved from 19:00 to
    20:00 stays at 20:00 on both sides of the change to summer time).
    Occurrences moved one by one keep their own time. Returns the stored future
    occurrences with registrations that no longer fall in the series, so the
    coordinator can be told; they stay in the agenda until cancelled."""
    now = now or timezone.now()
    start_shift = local(session.start).replace(tzinfo=None) - local(old_start).replace(
        tzinfo=None
    )
    new_duration, old_duration = session.end - session.start, old_end - old_start
    if not start_shift and new_duration == old_duration:
        return []
    tz = timezone.get_default_timezone()

    def shifted(moment):
        naive = local(moment).replace(tzinfo=None) + start_shift
        return timezone.make_aware(naive, tz)

    stranded = []
    with transaction.atomic():
        for occurrence in Occurrence.objects.select_for_update().filter(event=session):
            followed = (
                occurrence.start == occurrence.original_start
                and occurrence.end == occurrence.original_end
            )
            occurrence.original_start = shifted(occurrence.original_start)
            occurrence.original_end = occurrence.original_start + new_duration
            if followed:
                occurrence.start = occurrence.original_start
                occurrence.end = occurrence.original_end
            occurrence.save()
            if occurrence.end <= now:
                continue
            has_registrations = Registration.objects.active().filter(
                occurrence=occurrence
            )
            if followed and has_registrations.exists() and not occurrence.cancelled:
                _notify(occurrence, session, "session_moved")
            if has_registrations.exists() and not in_series(
                session, occurrence.original_start
            ):
                stranded.append(occurrence)
    return stranded


def in_series(session, original_start):
    """Whether the series itself (its rule, not its stored rows) has this start."""
    computed = session._get_occurrence_list(
        local(original_start), local(original_start + timedelta(seconds=1))
    )
    return any(o.original_start == original_start for o in computed)


def orphaned_occurrences(session, *, now=None):
    """Stored future occurrences with registrations that the series no longer
    has (after a change to its recurrence or its end)."""
    now = now or timezone.now()
    return [
        occurrence
        for occurrence in Occurrence.objects.filter(event=session, end__gt=now)
        if Registration.objects.active().filter(occurrence=occurrence).exists()
        and not in_series(session, occurrence.original_start)
    ]
