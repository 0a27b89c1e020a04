"""The plugin on a site that has no attendee model: plain name and email."""

import pytest
from django.test import override_settings

from scheduling import booking, hooks
from scheduling.models import Registration
from scheduling.occurrences import find_slot

pytestmark = pytest.mark.usefixtures("no_attendee_model")


@pytest.fixture
def no_attendee_model():
    with override_settings(SCHEDULING_ATTENDEE_MODEL=None):
        yield


def test_a_registration_is_plain_name_and_email(session, group_a):
    member = group_a.members.first()
    registration = booking.register(
        find_slot(session, session.start), name=member.name, email=member.email
    )
    assert registration.attendee_id is None and registration.attendee_type is None
    assert registration.status == Registration.Status.CONFIRMED
    assert not registration.needs_check
    assert not Registration.objects.to_check().exists()


def test_no_hook_is_asked_for_attendees(coordinator):
    assert hooks.attendees_for_user(coordinator) is None
    assert hooks.find_attendee("alma@example.org") is None


def test_the_waiting_list_works_the_same(session):
    session.capacity = 1
    session.save()
    first = booking.register(
        find_slot(session, session.start), name="Ada", email="ada@example.org"
    )
    second = booking.register(
        find_slot(session, session.start), name="Bo", email="bo@example.org"
    )
    assert second.status == Registration.Status.WAITING
    booking.cancel(first)
    second.refresh_from_db()
    assert second.status == Registration.Status.CONFIRMED
