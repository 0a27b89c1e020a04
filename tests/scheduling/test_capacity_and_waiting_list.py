import pytest
from django.core import mail

from scheduling import booking
from scheduling.models import OutgoingMail, Registration
from scheduling.occurrences import find_slot
from scheduling.tasks import send_due_mail

Status = Registration.Status


def register(session, name):
    slot = find_slot(session, session.start)
    return booking.register(slot, name=name, email=f"{name.lower()}@example.org")


def test_places_fill_up_then_the_waiting_list_takes_over(session):
    people = [
        register(session, name) for name in ["Anouk", "Bram", "Cas", "Dirk", "Eva"]
    ]
    assert [p.status for p in people] == [Status.CONFIRMED] * 3 + [Status.WAITING] * 2
    slot = find_slot(session, session.start)
    assert slot.occurrence_id is not None
    assert (
        Registration.objects.filter(occurrence=slot.occurrence_id).confirmed().count()
        == 3
    )


def test_a_cancellation_moves_the_oldest_waiting_person_up_and_tells_them(session):
    people = [
        register(session, name) for name in ["Anouk", "Bram", "Cas", "Dirk", "Eva"]
    ]
    send_due_mail()
    mail.outbox.clear()

    booking.cancel(people[1])
    send_due_mail()

    statuses = {p.name: Registration.objects.get(pk=p.pk).status for p in people}
    assert statuses == {
        "Anouk": Status.CONFIRMED,
        "Bram": Status.CANCELLED,
        "Cas": Status.CONFIRMED,
        "Dirk": Status.CONFIRMED,
        "Eva": Status.WAITING,
    }
    purposes = sorted(
        OutgoingMail.objects.filter(registration__occurrence__event=session)
        .order_by("-pk")[:2]
        .values_list("purpose", "to")
    )
    assert purposes == [
        ("cancelled", "bram@example.org"),
        ("promoted", "dirk@example.org"),
    ]
    assert {m.to[0] for m in mail.outbox} == {"bram@example.org", "dirk@example.org"}
    promoted = next(m for m in mail.outbox if m.to == ["dirk@example.org"])
    assert "Er is een plaats vrijgekomen" in promoted.body


def test_cancelling_a_waiting_person_promotes_nobody(session):
    people = [
        register(session, name) for name in ["Anouk", "Bram", "Cas", "Dirk", "Eva"]
    ]
    booking.cancel(people[3])
    assert Registration.objects.get(pk=people[4].pk).status == Status.WAITING


def test_registering_twice_with_the_same_email_is_refused(session):
    register(session, "Anouk")
    slot = find_slot(session, session.start)
    with pytest.raises(booking.BookingError, match="al aangemeld"):
        booking.register(slot, name="Anouk", email="ANOUK@example.org ")
    assert Registration.objects.filter(occurrence__event=session).count() == 1


def test_after_cancelling_one_may_register_again(session):
    first = register(session, "Anouk")
    booking.cancel(first)
    again = register(session, "Anouk")
    assert again.status == Status.CONFIRMED


def test_cancelling_twice_is_refused(session):
    registration = register(session, "Anouk")
    booking.cancel(registration)
    with pytest.raises(booking.BookingError, match="al afgemeld"):
        booking.cancel(registration)
