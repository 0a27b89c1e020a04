"""Coordinators' changes to occurrences and series, and who is told.

Cancelling or moving one occurrence stores it (django-scheduler keeps the
change on the stored row) and mails everyone still registered. Editing a
series' start moves django-scheduler's computed occurrences but not the
stored ones; ``follow_series_change`` moves the stored ones with it, so that
registrations are never stranded on a time that no longer exists."""

from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Occurrence

from . import mailer
from .booking import BookingError
from .models import Registration
from .occurrences import Slot, computed_occurrence, local, lock_slot


def _with_registrations(occurrences):
    return occurrences.annotate(
        has_registrations=Exists(
            Registration.objects.active().filter(occurrence=OuterRef("pk"))
        )
    )


def _notify(occurrence, session, purpose_for):
    """Mail everyone still registered; ``purpose_for(registration)`` names the
    mail. Returns how many were told."""
    slot = Slot.from_occurrence(session, occurrence)
    registrations = Registration.objects.active().filter(occurrence=occurrence)
    for registration in registrations:
        registration.occurrence = occurrence
        mailer.queue(registration, purpose_for(registration), slot)
    return len(registrations)


def _notify_moved(occurrence, session):
    """Tell everyone registered of the new time; their reminder is sent again
    before it."""
    Registration.objects.filter(occurrence=occurrence).update(reminder_sent_at=None)
    return _notify(occurrence, session, lambda r: "session_moved")


def _refuse_if_over(occurrence, now, message):
    if occurrence.end <= now:
        raise BookingError(message)


def cancel_occurrence(slot, *, now=None):
    """Cancel one occurrence; returns how many registered people are told."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = lock_slot(slot)
        if occurrence.cancelled:
            raise BookingError(_("Deze sessie was al geannuleerd."))
        _refuse_if_over(
            occurrence,
            now,
            _("Een sessie die voorbij is kan niet meer worden geannuleerd."),
        )
        occurrence.cancelled = True
        occurrence.save()
        return _notify(occurrence, slot.session, lambda r: "session_cancelled")


def restore_occurrence(slot, *, now=None):
    """Let a cancelled occurrence take place after all; everyone registered is
    told their place (or their place on the waiting list) again."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = lock_slot(slot)
        if not occurrence.cancelled:
            raise BookingError(_("Deze sessie was niet geannuleerd."))
        _refuse_if_over(
            occurrence,
            now,
            _("Een sessie die voorbij is kan niet meer worden hersteld."),
        )
        occurrence.cancelled = False
        occurrence.save()
        return _notify(
            occurrence,
            slot.session,
            lambda r: (
                "confirmed" if r.status == Registration.Status.CONFIRMED else "waiting"
            ),
        )


def move_occurrence(slot, start, end, *, now=None):
    """Move one occurrence to a new time; registrations go along and are told."""
    now = now or timezone.now()
    if end <= start:
        raise BookingError(_("Het einde moet na het begin liggen."))
    if start <= now:
        raise BookingError(_("Kies een nieuw moment in de toekomst."))
    with transaction.atomic():
        occurrence = lock_slot(slot)
        if occurrence.cancelled:
            raise BookingError(_("Een geannuleerde sessie kan niet worden verplaatst."))
        _refuse_if_over(
            occurrence,
            now,
            _("Een sessie die voorbij is kan niet meer worden verplaatst."),
        )
        occurrence.start, occurrence.end = start, end
        occurrence.save()
        return _notify_moved(occurrence, slot.session)


def follow_series_change(session, old_start, old_end, *, now=None):
    """After a series' start or end changed: move its stored occurrences along.

    The shift is applied in local wall-clock time (a series moved from 19:00 to
    20:00 stays at 20:00 on both sides of the change to summer time).
    Occurrences moved one by one keep their own time. Returns the stored future
    occurrences with registrations that no longer fall in the series (so the
    coordinator can be told; they stay in the agenda until cancelled) and how
    many registered people were told of the new time."""
    now = now or timezone.now()
    start_shift = local(session.start).replace(tzinfo=None) - local(old_start).replace(
        tzinfo=None
    )
    new_duration, old_duration = session.end - session.start, old_end - old_start
    if not start_shift and new_duration == old_duration:
        return [], 0
    tz = timezone.get_default_timezone()

    def shifted(moment):
        naive = local(moment).replace(tzinfo=None) + start_shift
        return timezone.make_aware(naive, tz)

    stranded, told = [], 0
    with transaction.atomic():
        occurrences = Occurrence.objects.select_for_update().filter(event=session)
        for occurrence in _with_registrations(occurrences):
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
            if occurrence.end <= now or not occurrence.has_registrations:
                continue
            if followed and not occurrence.cancelled:
                told += _notify_moved(occurrence, session)
            if not in_series(session, occurrence.original_start):
                stranded.append(occurrence)
    return stranded, told


def in_series(session, original_start):
    """Whether the series itself (its rule, not its stored rows) has this start."""
    return computed_occurrence(session, original_start) is not None


def orphaned_occurrences(session, *, now=None):
    """Stored future occurrences with registrations that the series no longer
    has (after a change to its recurrence or its end)."""
    now = now or timezone.now()
    occurrences = Occurrence.objects.filter(event=session, end__gt=now)
    return [
        occurrence
        for occurrence in _with_registrations(occurrences).filter(
            has_registrations=True
        )
        if not in_series(session, occurrence.original_start)
    ]
