"""A posted id the user may not register is refused, and nothing changes."""

import pytest

from scheduling import booking
from scheduling.models import OutgoingMail, Registration

from .helpers import active_names, members_of, occurrence_url

pytestmark = pytest.mark.django_db


def test_a_member_of_another_group_is_refused_and_nothing_changes(
    client, contact_a, group_a, group_b, training_slot
):
    alma = members_of(group_a)["Alma Alfalid"]
    bert = members_of(group_b)["Bert Bravolid"]
    client.force_login(contact_a)
    response = client.post(
        occurrence_url(training_slot), {"person": ["self", str(alma.pk), str(bert.pk)]}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "alleen uzelf en de mensen uit uw eigen groep" in html
    assert "Er is niets veranderd." in html
    assert "Bert Bravolid" not in html
    assert not Registration.objects.filter(
        occurrence__event=training_slot.session
    ).exists()
    assert not OutgoingMail.objects.filter(to__in=["alma@example.org"]).exists()


def test_a_forged_cancellation_is_refused_before_anything_is_cancelled(
    client, contact_a, contact_b, group_a, group_b, training_slot
):
    alma = members_of(group_a)["Alma Alfalid"]
    bert = members_of(group_b)["Bert Bravolid"]
    booking.register(training_slot, name=alma.name, email=alma.email, attendee=alma)
    booking.register(training_slot, name=bert.name, email=bert.email, attendee=bert)
    client.force_login(contact_a)
    # Unticks Alma (a real cancellation) together with a forged one of Bert.
    response = client.post(
        occurrence_url(training_slot), {"registered": [str(alma.pk), str(bert.pk)]}
    )
    assert response.status_code == 400
    assert active_names(training_slot) == {"Alma Alfalid", "Bert Bravolid"}


def test_an_id_that_is_no_number_is_refused(client, contact_a, group_a, training_slot):
    client.force_login(contact_a)
    response = client.post(occurrence_url(training_slot), {"person": ["1 OR 1=1"]})
    assert response.status_code == 400
    assert active_names(training_slot) == set()
