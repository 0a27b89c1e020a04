"""The agenda caches expanded recurrences, never the places left."""

from django.core.cache import cache

from scheduling import booking
from scheduling.occurrences import (
    add_counts,
    find_slot,
    slots_from_rows,
    upcoming_slots,
)


def agenda_slot(session):
    slots = add_counts(
        slots_from_rows(upcoming_slots(calendar_ids=[session.calendar_id]))
    )
    return next(s for s in slots if s.session.pk == session.pk)


def test_a_registration_shows_in_the_places_left_while_the_cache_stays(session):
    cache.clear()
    assert agenda_slot(session).places_left == 3
    cached = upcoming_slots(calendar_ids=[session.calendar_id])

    booking.register(
        find_slot(session, session.start), name="Ivo", email="ivo@example.org"
    )

    assert upcoming_slots(calendar_ids=[session.calendar_id]) == cached
    slot = agenda_slot(session)
    assert slot.places_left == 2
    assert slot.occurrence_id is not None


def test_a_change_to_a_session_clears_the_cache(session):
    cache.clear()
    upcoming_slots(calendar_ids=[session.calendar_id])
    session.title = "Nieuwe titel"
    session.start = session.start.replace(hour=20)
    session.end = session.end.replace(hour=22)
    session.save()
    (slot,) = list(slots_from_rows(upcoming_slots(calendar_ids=[session.calendar_id])))
    assert slot.start == session.start
