"""Registrations for training and intervision in the period: sessions,
registered, attended, absent, unknown, and the active OCO's who came. Only
confirmed registrations count: not cancelled, not on the waiting list."""

import pytest

from reports.figures.training import attendance

from .helpers import YEAR_2015, day, group, local, member, register, session_at

pytestmark = pytest.mark.django_db


def by_calendar(rows):
    return {row.calendar: row for row in rows}


@pytest.fixture
def ocos():
    page = group()
    return [member(page) for _ in range(4)]


def test_attendance_per_calendar(ocos):
    ann, bob, cor, dirk = ocos
    first = session_at("training", local(3, 10, 19))
    register(first, ann, attended=True)
    register(first, bob, attended=True)
    register(first, cor, attended=False)
    register(first, email="gast@example.org")  # not recorded yet
    register(first, dirk, status="cancelled", attended=True)  # cancelled: left out
    register(first, email="wacht@example.org", status="waiting")  # left out
    second = session_at("training", local(9, 1, 19))
    register(second, ann, attended=True)
    intervision = session_at("intervisie", local(5, 5, 19))
    register(intervision, cor, attended=True)
    register(intervision, dirk, attended=None)

    rows = by_calendar(attendance(YEAR_2015))

    training = rows["training"]
    assert training.label == "Training"
    assert training.sessions == 2
    assert training.registered == 5
    assert training.attended == 3
    assert training.absent == 1
    assert training.unknown == 1
    assert training.recorded == 4
    # Ann twice and Bob once: two different OCO's.
    assert training.members_attended == 2
    intervisie = rows["intervisie"]
    assert (intervisie.sessions, intervisie.registered, intervisie.attended) == (
        1,
        2,
        1,
    )
    assert intervisie.members_attended == 1


def test_only_sessions_in_the_period_and_on_these_calendars(ocos):
    ann = ocos[0]
    register(session_at("training", local(12, 31, 20, year=2014)), ann, attended=True)
    register(session_at("training", local(1, 1, 10, year=2016)), ann, attended=True)
    register(session_at("contactpersonenoverleg", local(4, 1, 19)), ann, attended=True)

    rows = by_calendar(attendance(YEAR_2015))

    assert rows["training"].registered == 0
    assert rows["intervisie"].registered == 0


def test_members_who_were_not_active_do_not_count_as_participants(ocos):
    page = ocos[0].page
    gone = member(page, active=False, left_on=day(12, 31, year=2014))
    training = session_at("training", local(6, 1, 19))
    register(training, gone, attended=True)

    row = by_calendar(attendance(YEAR_2015))["training"]

    assert row.attended == 1
    assert row.members_attended == 0


def test_a_cancelled_session_does_not_count(ocos):
    training = session_at("training", local(6, 1, 19))
    registration = register(training, ocos[0], attended=True)
    registration.occurrence.cancelled = True
    registration.occurrence.save()

    row = by_calendar(attendance(YEAR_2015))["training"]

    assert row.sessions == 0
    assert row.registered == 0


def test_a_waiting_list_registration_does_not_count(ocos):
    training = session_at("training", local(6, 1, 19))
    register(training, ocos[0], status="waiting")

    row = by_calendar(attendance(YEAR_2015))["training"]

    assert (row.sessions, row.registered, row.unknown) == (0, 0, 0)
