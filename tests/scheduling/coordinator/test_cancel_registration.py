"""A coordinator cancels a registration on someone's behalf."""

import pytest
from django.urls import reverse

from scheduling.models import Registration

from .conftest import mails, messages_of

pytestmark = pytest.mark.django_db


def cancel_url(registration):
    return reverse("scheduling_registrations:cancel", args=[registration.pk])


def test_cancelling_tells_them_and_moves_the_waiting_list_up(
    coordinator_client, full_session, slot
):
    session, registrations = full_session
    anna, daan = registrations[0], registrations[3]
    occurrence_url = reverse(
        "scheduling_session:occurrence", args=[session.pk, slot.key]
    )

    response = coordinator_client.post(
        cancel_url(anna), {"next": occurrence_url}, follow=True
    )

    anna.refresh_from_db()
    daan.refresh_from_db()
    assert anna.status == Registration.Status.CANCELLED
    assert daan.status == Registration.Status.CONFIRMED
    assert mails(session, "cancelled") == ["anna@example.org"]
    assert mails(session, "promoted") == ["daan@example.org"]
    assert response.redirect_chain[-1][0] == occurrence_url
    assert "Anna Aanmelder is afgemeld en krijgt daarvan bericht." in (
        messages_of(response)
    )
    assert [r.name for r in response.context["cancelled"]] == ["Anna Aanmelder"]


def test_cancelling_after_the_start_is_refused(coordinator_client, past_session):
    session, slot = past_session
    registration = Registration.objects.filter(occurrence_id=slot.occurrence_id)[0]

    response = coordinator_client.post(cancel_url(registration), follow=True)

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    assert not mails(session, "cancelled")
    assert any("al begonnen" in m for m in messages_of(response))


def test_cancelling_twice_changes_nothing(coordinator_client, full_session):
    session, registrations = full_session
    coordinator_client.post(cancel_url(registrations[0]))
    response = coordinator_client.post(cancel_url(registrations[0]), follow=True)

    assert "Deze aanmelding was al afgemeld." in messages_of(response)
    assert mails(session, "cancelled") == ["anna@example.org"]


def test_an_unknown_registration_is_not_found(coordinator_client):
    response = coordinator_client.post(
        reverse("scheduling_registrations:cancel", args=[999999])
    )
    assert response.status_code == 404
