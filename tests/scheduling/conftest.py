import pytest

from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.occurrences import find_slot


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
