import pytest

from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.occurrences import find_slot
from tests.pool.conftest import (  # noqa: F401 - the pool's people, for the OCO side
    contact_a,
    contact_b,
    coordinator,
    editor,
    group_a,
    group_b,
)


@pytest.fixture
def calendar(db):
    return CalendarFactory(name="Training", slug="test-training")


@pytest.fixture
def session(calendar):
    """A one-off session two weeks ahead with three places."""
    return SessionFactory(
        calendar=calendar, title="Training gespreksvoering", capacity=3
    )


@pytest.fixture
def slot(session):
    return find_slot(session, session.start)


@pytest.fixture
def weekly(calendar):
    return SessionFactory(
        calendar=calendar, title="Wekelijkse intervisie", recurrence="weekly"
    )
