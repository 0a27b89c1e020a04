"""Many people take the last places at the same moment, in parallel threads.

Runs on SQLite (transactions take the write lock at their start) and on
PostgreSQL (SELECT ... FOR UPDATE on the occurrence) when DATABASE_URL points
at one."""

import threading

import pytest
from django.db import connection

from scheduling import booking
from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot

PEOPLE = 16
CAPACITY = 5


@pytest.mark.django_db(transaction=True)
def test_parallel_registrations_never_exceed_the_capacity():
    session = SessionFactory(calendar=CalendarFactory(), capacity=CAPACITY)
    # One place is already taken, so the crowd fights over the last four.
    booking.register(
        find_slot(session, session.start), name="Eerste", email="eerste@example.org"
    )
    start_together = threading.Barrier(PEOPLE)
    errors = []

    def take_a_place(number):
        try:
            start_together.wait()
            booking.register(
                find_slot(session, session.start),
                name=f"Deelnemer {number}",
                email=f"deelnemer{number}@example.org",
            )
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_a_place, args=(n,)) for n in range(PEOPLE)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    registrations = Registration.objects.filter(occurrence__event=session)
    assert registrations.confirmed().count() == CAPACITY
    assert registrations.waiting().count() == PEOPLE + 1 - CAPACITY
    assert registrations.values("occurrence").distinct().count() == 1
