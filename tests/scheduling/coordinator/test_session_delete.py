"""A session people registered for cannot be deleted; an empty one can."""

import pytest
from django.urls import reverse

from scheduling import booking
from scheduling.models import Registration, Session

from .conftest import messages_of

pytestmark = pytest.mark.django_db


def delete_url(session):
    return reverse("scheduling_session:delete", args=[session.pk])


def test_deleting_a_session_with_registrations_is_refused(
    coordinator_client, full_session
):
    session, _registrations = full_session

    page = coordinator_client.get(delete_url(session), follow=True)
    response = coordinator_client.post(delete_url(session), follow=True)

    assert Session.objects.filter(pk=session.pk).exists()
    assert Registration.objects.filter(occurrence__event_id=session.pk).count() == 5
    for answer in (page, response):
        assert any("kan niet worden verwijderd" in m for m in messages_of(answer))
    assert response.redirect_chain[-1][0] == reverse(
        "scheduling_session:edit", args=[session.pk]
    )


def test_a_cancelled_registration_still_blocks_deleting(
    coordinator_client, session, slot
):
    registration = booking.register(slot, name="Anna", email="anna@example.org")
    booking.cancel(registration)

    coordinator_client.post(delete_url(session))

    assert Session.objects.filter(pk=session.pk).exists()


def test_the_edit_page_offers_no_delete_while_people_are_registered(
    coordinator_client, full_session
):
    session, _registrations = full_session
    response = coordinator_client.get(
        reverse("scheduling_session:edit", args=[session.pk])
    )
    assert response.context["can_delete"] is False


def test_a_session_without_registrations_is_deleted(coordinator_client, weekly):
    response = coordinator_client.post(delete_url(weekly))

    assert response.status_code == 302
    assert not Session.objects.filter(pk=weekly.pk).exists()
