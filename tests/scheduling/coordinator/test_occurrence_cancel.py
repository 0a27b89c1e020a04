"""Cancelling one occurrence tells everyone still registered; restoring it
undoes that."""

import pytest
from django.urls import reverse
from schedule.models import Occurrence

from scheduling import booking
from scheduling.models import OutgoingMail

from .conftest import mails, messages_of

pytestmark = pytest.mark.django_db


def url(name, slot):
    return reverse(f"scheduling_session:{name}", args=[slot.session.pk, slot.key])


def test_the_confirmation_page_says_how_many_are_told(
    coordinator_client, full_session, slot
):
    response = coordinator_client.get(url("occurrence_cancel", slot))

    assert response.status_code == 200
    assert "5 aangemelde deelnemers krijgen hiervan bericht." in (
        response.content.decode()
    )
    assert not Occurrence.objects.get(pk=slot.occurrence_id).cancelled


def test_cancelling_queues_a_mail_for_every_active_registration(
    coordinator_client, full_session, slot
):
    _session, registrations = full_session
    booking.cancel(registrations[0])  # Anna cancelled herself before

    response = coordinator_client.post(url("occurrence_cancel", slot), follow=True)

    occurrence = Occurrence.objects.get(event=slot.session)
    assert occurrence.cancelled
    assert mails(slot.session, "session_cancelled") == [
        "bram@example.org",
        "cora@example.org",
        "daan@example.org",
        "eva@example.org",
    ]
    assert any(
        "4 aangemelde deelnemers krijgen bericht." in m for m in messages_of(response)
    )


def test_an_occurrence_nobody_registered_for_can_be_cancelled(
    coordinator_client, weekly
):
    from scheduling.occurrences import find_slot

    slot = find_slot(weekly, weekly.start)
    coordinator_client.post(url("occurrence_cancel", slot))

    assert Occurrence.objects.get(event=weekly, original_start=weekly.start).cancelled
    assert not OutgoingMail.objects.filter(
        registration__occurrence__event_id=weekly.pk
    ).exists()


def test_cancelling_twice_gives_a_message_and_no_second_mail(
    coordinator_client, full_session, slot
):
    coordinator_client.post(url("occurrence_cancel", slot))
    response = coordinator_client.post(url("occurrence_cancel", slot), follow=True)

    assert "Deze sessie was al geannuleerd." in messages_of(response)
    assert len(mails(slot.session, "session_cancelled")) == 5


def test_restoring_a_cancelled_occurrence(coordinator_client, full_session, slot):
    coordinator_client.post(url("occurrence_cancel", slot))
    response = coordinator_client.post(url("occurrence_restore", slot), follow=True)

    assert not Occurrence.objects.get(event=slot.session).cancelled
    assert any("De sessie gaat weer door." in m for m in messages_of(response))


def test_restoring_needs_a_post(coordinator_client, full_session, slot):
    response = coordinator_client.get(url("occurrence_restore", slot))
    assert response.status_code == 405
