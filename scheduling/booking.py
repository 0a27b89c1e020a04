"""Registering, cancelling and moving up from the waiting list.

Every change locks the stored occurrence row first (SELECT ... FOR UPDATE on
PostgreSQL; on SQLite every transaction takes the write lock at its start, see
the settings), so two people taking the last place at the same moment are
served one after the other and capacity is never exceeded.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Occurrence

from . import hooks, mailer
from .models import Registration, Session
from .occurrences import Slot, lock_slot


class BookingError(Exception):
    """A registration or cancellation that cannot be made; the message is for
    the user."""

    def __init__(self, message, field=None):
        super().__init__(message)
        self.message = message
        # The form field the refusal is about, if any.
        self.field = field


def _attendee_fields(attendee):
    if attendee is None:
        return {"attendee_type": None, "attendee_id": None}
    return {
        "attendee_type": ContentType.objects.get_for_model(attendee),
        "attendee_id": attendee.pk,
    }


def already_registered(name):
    return _("%(name)s is al aangemeld voor deze sessie.") % {"name": name}


def register(
    slot,
    *,
    name,
    email,
    attendee=None,
    registered_by=None,
    now=None,
    ignore_deadline=False,
    notify=True,
):
    """Register someone for ``slot``; confirmed while places are left, else waiting.

    Raises BookingError with a message for the user and changes nothing when
    the registration cannot be made. ``notify=False`` sends no mail (for
    registrations that are loaded, not made by the person)."""
    now = now or timezone.now()
    email = (email or "").strip().lower()
    if attendee is None:
        attendee = hooks.find_attendee(email)
    try:
        with transaction.atomic():
            occurrence = lock_slot(slot)
            slot.cancelled = occurrence.cancelled
            slot.start = occurrence.start
            reason = slot.registration_closed_reason(
                now, ignore_deadline=ignore_deadline
            )
            if reason:
                raise BookingError(reason)
            active = Registration.objects.active().filter(occurrence=occurrence)
            if active.filter(email=email).exists() or (
                attendee is not None and active.for_attendee(attendee).exists()
            ):
                raise BookingError(already_registered(name), field="email")
            confirmed = active.filter(status=Registration.Status.CONFIRMED).count()
            status = (
                Registration.Status.CONFIRMED
                if confirmed < slot.session.capacity
                else Registration.Status.WAITING
            )
            registration = Registration.objects.create(
                occurrence=occurrence,
                name=name.strip(),
                email=email,
                status=status,
                registered_by=registered_by
                if getattr(registered_by, "pk", None)
                else None,
                created_at=now,
                status_changed_at=now,
                **_attendee_fields(attendee),
            )
            if notify:
                mailer.queue(
                    registration,
                    "confirmed"
                    if status == Registration.Status.CONFIRMED
                    else "waiting",
                )
    except IntegrityError as error:
        raise BookingError(already_registered(name), field="email") from error
    return registration


def cancel(registration, *, now=None, notify=True):
    """Cancel a registration and move the oldest on the waiting list up."""
    now = now or timezone.now()
    with transaction.atomic():
        occurrence = Occurrence.objects.select_for_update().get(
            pk=registration.occurrence_id
        )
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        registration.occurrence = occurrence
        if registration.status == Registration.Status.CANCELLED:
            raise BookingError(_("Deze aanmelding was al afgemeld."))
        if occurrence.start <= now:
            raise BookingError(_("Deze sessie is al begonnen; afmelden kan niet meer."))
        was_confirmed = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.status_changed_at = now
        registration.save(update_fields=["status", "status_changed_at"])
        if notify:
            mailer.queue(registration, "cancelled")
        if was_confirmed:
            promote_waiting(occurrence, now=now)
    return registration


def promote_waiting(occurrence, *, session=None, now=None):
    """Fill free places from the waiting list, oldest first, and tell them.

    Call with the occurrence locked."""
    now = now or timezone.now()
    if occurrence.cancelled or occurrence.start <= now:
        return []
    session = session or Session.objects.get(pk=occurrence.event_id)
    slot = Slot.from_occurrence(session, occurrence)
    registrations = Registration.objects.filter(occurrence=occurrence)
    free = session.capacity - registrations.confirmed().count()
    promoted = []
    for registration in registrations.waiting()[: max(free, 0)]:
        registration.occurrence = occurrence
        registration.status = Registration.Status.CONFIRMED
        registration.status_changed_at = now
        registration.save(update_fields=["status", "status_changed_at"])
        mailer.queue(registration, "promoted", slot)
        promoted.append(registration)
    return promoted


def promote_for_session(session, *, now=None):
    """After a capacity increase: move people up on every future occurrence."""
    now = now or timezone.now()
    promoted = []
    with transaction.atomic():
        for occurrence in Occurrence.objects.select_for_update().filter(
            event=session, start__gt=now, cancelled=False
        ):
            promoted += promote_waiting(occurrence, session=session, now=now)
    return promoted
