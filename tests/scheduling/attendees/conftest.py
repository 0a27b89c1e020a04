"""The pool's groups and contact persons (from tests/pool/conftest.py), and
sessions to register them for."""

import pytest

from scheduling.factories import CalendarFactory, SessionFactory, next_evening
from scheduling.occurrences import find_slot
from tests.pool.conftest import (  # noqa: F401
    contact_a,
    contact_b,
    coordinator,
    editor,
    group_a,
    group_b,
)


@pytest.fixture
def training(db):
    """A public one-off training three weeks ahead with three places."""
    calendar = CalendarFactory(name="Testtraining", slug="testtraining")
    return SessionFactory(
        calendar=calendar,
        title="Training voor de test",
        start=next_evening(days=21),
        capacity=3,
        audience="ocos",
    )


@pytest.fixture
def training_slot(training):
    return find_slot(training, training.start)


@pytest.fixture
def meeting(db):
    """A meeting for contact persons only, where they bring in agenda items."""
    calendar = CalendarFactory(name="Testoverleg", slug="testoverleg")
    return SessionFactory(
        calendar=calendar,
        title="Overleg voor de test",
        start=next_evening(days=28, hour=10),
        capacity=15,
        audience="contact_persons",
        contribution_kind="agenda_item",
    )


@pytest.fixture
def meeting_slot(meeting):
    return find_slot(meeting, meeting.start)
