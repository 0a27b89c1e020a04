import pytest
from django.core.cache import cache

from intake import workflow
from intake.choices import EndReason
from intake.factories import RequestFactory
from tests.pool.conftest import (  # noqa: F401
    PASSWORD,
    contact_a,
    contact_b,
    coordinator,
    editor,
    group_a,
    group_b,
)


@pytest.fixture(autouse=True)
def empty_cache():
    """The form's rate limit counts in the cache; each test starts at zero."""
    cache.clear()
    yield
    cache.clear()


# A resident whose data must never reach a keep-in-touch mail or log entry.
KEEP_IN_TOUCH_RESIDENT = {
    "name": "Roos Waakvlamtest",
    "phone": "06 24681357",
    "email": "roos.waakvlam@example.org",
    "postcode": "1318 KL",
    "conversation_subject": "Hulp bij het aanvragen van een scootmobiel",
}


@pytest.fixture
def ended_trajectory(coordinator, group_a):  # noqa: F811 (fixtures)
    """Alma's trajectory for the resident above, ended as done: the request
    is closed and a keep-in-touch moment may be planned."""
    request_obj = RequestFactory(**KEEP_IN_TOUCH_RESIDENT)
    alma = group_a.members.get(email="alma@example.org")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.end_trajectory(running, EndReason.DONE, coordinator)
    running.refresh_from_db()
    return running
