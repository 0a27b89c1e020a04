"""A contact person never sees the members or registrations of another group."""

import pytest

from scheduling import booking

from .helpers import members_of, occurrence_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def a_registered(contact_a, group_a, training_slot):
    for member in members_of(group_a).values():
        booking.register(
            training_slot,
            name=member.name,
            email=member.email,
            attendee=member,
            registered_by=contact_a,
        )


def test_contact_b_sees_neither_as_members_nor_their_registrations(
    client, contact_b, group_a, group_b, a_registered, training_slot
):
    client.force_login(contact_b)
    response = client.get(occurrence_url(training_slot))
    html = response.content.decode()
    for secret in ("Alma Alfalid", "alma@example.org", "Arie Alfalid", "contact-a"):
        assert secret not in html
    assert "Bert Bravolid" in html
    assert {p.name for p in response.context["people"]} == {
        "contact-b",
        "Bert Bravolid",
    }
    assert all(p.registration is None for p in response.context["people"])


def test_contact_b_cannot_cancel_as_members(
    client, contact_b, group_a, group_b, a_registered, training_slot
):
    alma = members_of(group_a)["Alma Alfalid"]
    client.force_login(contact_b)
    response = client.post(
        occurrence_url(training_slot), {"registered": [str(alma.pk)]}
    )
    assert response.status_code == 400
    alma_registration = training_slot.session.occurrence_set.get().registrations.get(
        name="Alma Alfalid"
    )
    assert alma_registration.is_active


def test_the_places_count_is_shared_but_names_are_not(
    client, contact_b, group_a, group_b, a_registered, training_slot
):
    client.force_login(contact_b)
    html = client.get(occurrence_url(training_slot)).content.decode()
    assert "Nog 1 van de 3 plaatsen vrij." in html
