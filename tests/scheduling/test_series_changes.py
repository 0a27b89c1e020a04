"""Changing a series or one occurrence never strands a registration."""

from datetime import timedelta

import pytest

from scheduling import booking, changes
from scheduling.models import OutgoingMail, Registration
from scheduling.occurrences import find_slot, local


@pytest.fixture
def booked_weekly(weekly):
    second = weekly.start + timedelta(days=7)
    registration = booking.register(
        find_slot(weekly, second), name="Roos", email="roos@example.org"
    )
    return weekly, second, registration


def test_moving_the_series_start_moves_stored_occurrences_along(booked_weekly):
    weekly, second, registration = booked_weekly
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=second)
    old_start, old_end = weekly.start, weekly.end
    weekly.start += timedelta(hours=1)
    weekly.end += timedelta(hours=1)
    weekly.save()

    stranded, told = changes.follow_series_change(weekly, old_start, old_end)

    assert stranded == []
    assert told == 1
    registration.refresh_from_db()
    occurrence = registration.occurrence
    assert local(occurrence.start).hour == local(second).hour + 1
    assert occurrence.start == occurrence.original_start
    # A reminder is sent again before the new time.
    assert registration.reminder_sent_at is None
    # The computed occurrence of the new series is the stored one: no duplicate.
    slot = find_slot(weekly, second + timedelta(hours=1))
    assert slot.occurrence_id == occurrence.pk
    assert OutgoingMail.objects.filter(
        registration=registration, purpose="session_moved"
    ).exists()


def test_an_occurrence_moved_by_hand_keeps_its_own_time(booked_weekly):
    weekly, second, registration = booked_weekly
    slot = find_slot(weekly, second)
    moved_to = second + timedelta(days=1)
    changes.move_occurrence(slot, moved_to, moved_to + weekly.duration)
    old_start, old_end = weekly.start, weekly.end
    weekly.start += timedelta(hours=1)
    weekly.end += timedelta(hours=1)
    weekly.save()

    changes.follow_series_change(weekly, old_start, old_end)

    registration.refresh_from_db()
    assert registration.occurrence.start == moved_to
    assert registration.occurrence.original_start == second + timedelta(hours=1)


def test_shortening_the_series_reports_occurrences_with_registrations(booked_weekly):
    weekly, second, registration = booked_weekly
    weekly.end_recurring_period = weekly.start + timedelta(days=1)
    weekly.save()
    orphans = changes.orphaned_occurrences(weekly)
    assert [o.pk for o in orphans] == [registration.occurrence_id]
    # The registration is still there and still findable.
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
    assert find_slot(weekly, second).occurrence_id == registration.occurrence_id


def test_cancelling_one_occurrence_tells_everyone_registered(booked_weekly):
    weekly, second, registration = booked_weekly
    told = changes.cancel_occurrence(find_slot(weekly, second))
    assert told == 1
    registration.refresh_from_db()
    assert registration.occurrence.cancelled
    assert OutgoingMail.objects.filter(
        registration=registration, purpose="session_cancelled"
    ).exists()
    with pytest.raises(booking.BookingError):
        changes.cancel_occurrence(find_slot(weekly, second))


def test_moving_one_occurrence_tells_everyone_and_resets_the_reminder(booked_weekly):
    weekly, second, registration = booked_weekly
    Registration.objects.filter(pk=registration.pk).update(reminder_sent_at=second)
    new_start = second + timedelta(days=2)
    told = changes.move_occurrence(
        find_slot(weekly, second), new_start, new_start + weekly.duration
    )
    assert told == 1
    registration.refresh_from_db()
    assert registration.occurrence.start == new_start
    assert registration.reminder_sent_at is None
    with pytest.raises(booking.BookingError, match="na het begin"):
        changes.move_occurrence(find_slot(weekly, second), new_start, new_start)
