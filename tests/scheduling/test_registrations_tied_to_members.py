"""With the pool plugged in, a registration is tied to the member it belongs to."""

from scheduling import booking
from scheduling.models import Registration
from scheduling.occurrences import find_slot


def test_a_members_email_ties_the_registration_to_the_member(session, group_a):
    alma = group_a.members.get(email="alma@example.org")
    registration = booking.register(
        find_slot(session, session.start), name="Alma", email="Alma@Example.org"
    )
    assert registration.attendee == alma
    assert not registration.needs_check
    assert Registration.objects.for_attendee(alma).get() == registration


def test_an_unknown_email_is_left_for_a_coordinator_to_check(session, group_a):
    registration = booking.register(
        find_slot(session, session.start), name="Onbekend", email="nieuw@example.org"
    )
    assert registration.attendee is None
    assert registration.needs_check
    assert registration in Registration.objects.to_check()
    assert (
        Registration.objects.to_check().filter(occurrence__event=session).count() == 1
    )


def test_a_member_who_left_is_not_matched(session, group_a):
    arie = group_a.members.get(email="arie@example.org")
    arie.active = False
    arie.save()
    registration = booking.register(
        find_slot(session, session.start), name="Arie", email="arie@example.org"
    )
    assert registration.attendee is None and registration.needs_check


def test_the_same_member_cannot_take_two_places_with_two_addresses(session, group_a):
    alma = group_a.members.get(email="alma@example.org")
    slot = find_slot(session, session.start)
    booking.register(slot, name="Alma", email="alma@example.org")
    try:
        booking.register(
            find_slot(session, session.start),
            name="Alma",
            email="alma.prive@example.org",
            attendee=alma,
        )
    except booking.BookingError as error:
        assert "al aangemeld" in error.message
    else:
        raise AssertionError("a second place for the same member was given")
    assert Registration.objects.for_attendee(alma).count() == 1
