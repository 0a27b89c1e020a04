"""Unticking someone who is registered cancels their registration."""

import pytest

from scheduling import booking
from scheduling.models import Registration

from .helpers import active_names, members_of, occurrence_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(contact_a, group_a, training_slot):
    members = members_of(group_a)
    for member in members.values():
        booking.register(
            training_slot,
            name=member.name,
            email=member.email,
            attendee=member,
            registered_by=contact_a,
        )
    return members


def test_registered_people_are_shown_ticked_with_their_status(
    client, contact_a, registered, training_slot
):
    client.force_login(contact_a)
    html = client.get(occurrence_url(training_slot)).content.decode()
    for member in registered.values():
        assert (
            f'name="person" value="{member.pk}" id="person-{member.pk}" checked' in html
        )
        assert f'name="registered" value="{member.pk}"' in html
    assert html.count(">aangemeld</span>") == 2


def test_unticking_cancels_and_keeps_the_others(
    client, contact_a, registered, training_slot
):
    arie = registered["Arie Alfalid"]
    client.force_login(contact_a)
    response = client.post(
        occurrence_url(training_slot),
        {
            "person": [str(arie.pk)],
            "registered": [str(m.pk) for m in registered.values()],
        },
        follow=True,
    )
    assert "Alma Alfalid: afgemeld." in response.content.decode()
    assert active_names(training_slot) == {"Arie Alfalid"}
    alma = Registration.objects.get(name="Alma Alfalid")
    assert alma.status == Registration.Status.CANCELLED


def test_someone_registered_after_the_screen_was_shown_is_not_cancelled(
    client, contact_a, registered, training_slot
):
    """Only who was shown as registered can be unticked."""
    client.force_login(contact_a)
    client.post(occurrence_url(training_slot), {"registered": []})
    assert active_names(training_slot) == {"Alma Alfalid", "Arie Alfalid"}


def test_cancelling_moves_the_waiting_list_up(
    client, contact_a, registered, training_slot
):
    booking.register(training_slot, name="Derde", email="derde@example.org")
    fourth = booking.register(training_slot, name="Vierde", email="vierde@example.org")
    assert fourth.status == Registration.Status.WAITING
    alma = registered["Alma Alfalid"]
    client.force_login(contact_a)
    client.post(occurrence_url(training_slot), {"registered": [str(alma.pk)]})
    fourth.refresh_from_db()
    assert fourth.status == Registration.Status.CONFIRMED
