from datetime import timedelta

import pytest
from django.utils import timezone

from scheduling import booking
from scheduling.changes import cancel_occurrence
from scheduling.factories import SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot


def test_registration_closes_at_the_deadline(session):
    slot = find_slot(session, session.start)
    after_deadline = session.start - timedelta(
        hours=session.registration_closes_hours - 1
    )
    with pytest.raises(booking.BookingError, match="gesloten"):
        booking.register(
            slot, name="Lotte", email="lotte@example.org", now=after_deadline
        )
    assert not Registration.objects.filter(occurrence__event=session).exists()


def test_a_past_session_takes_no_registrations(calendar):
    past = SessionFactory(
        calendar=calendar, start=timezone.now() - timedelta(days=3), capacity=5
    )
    slot = find_slot(past, past.start)
    with pytest.raises(booking.BookingError, match="begonnen of voorbij"):
        booking.register(slot, name="Lotte", email="lotte@example.org")
    assert not Registration.objects.filter(occurrence__event=past).exists()


def test_a_cancelled_occurrence_takes_no_registrations(session):
    cancel_occurrence(find_slot(session, session.start))
    with pytest.raises(booking.BookingError, match="gaat niet door"):
        booking.register(
            find_slot(session, session.start), name="Lotte", email="lotte@example.org"
        )
    assert not Registration.objects.filter(occurrence__event=session).exists()


def test_each_occurrence_of_a_series_has_its_own_places(weekly):
    weekly.capacity = 1
    weekly.save()
    first = find_slot(weekly, weekly.start)
    second_start = weekly.start + timedelta(days=7)
    second = find_slot(weekly, second_start)
    assert second is not None
    a = booking.register(first, name="Anouk", email="anouk@example.org")
    b = booking.register(second, name="Anouk", email="anouk@example.org")
    assert (a.status, b.status) == ("confirmed", "confirmed")
    assert a.occurrence_id != b.occurrence_id
    assert a.occurrence.original_start == weekly.start


def test_a_time_outside_the_series_is_no_occurrence(weekly):
    assert find_slot(weekly, weekly.start + timedelta(days=3)) is None
    assert find_slot(weekly, weekly.start + timedelta(days=7, minutes=1)) is None
