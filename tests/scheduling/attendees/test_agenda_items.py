"""A contact person registered for a meeting adds agenda items from the admin."""

import pytest
from django.urls import reverse

from scheduling import booking
from scheduling.models import Contribution

from .helpers import occurrence_url

pytestmark = pytest.mark.django_db


def agenda_item_url(slot):
    return reverse("scheduling_register:agenda_item", args=[slot.session.pk, slot.key])


ITEM = {"subject": "Vervoer naar trainingen", "details": "Wie rijdt met wie mee?"}


def test_registered_contact_person_adds_an_agenda_item(
    client, contact_a, group_a, meeting_slot
):
    client.force_login(contact_a)
    client.post(occurrence_url(meeting_slot), {"person": ["self"]})
    screen = client.get(occurrence_url(meeting_slot)).content.decode()
    assert "Agendapunt toevoegen" in screen
    response = client.post(agenda_item_url(meeting_slot), ITEM, follow=True)
    html = response.content.decode()
    assert "Agendapunt toegevoegd: Vervoer naar trainingen" in html
    contribution = Contribution.objects.get(subject="Vervoer naar trainingen")
    assert contribution.kind == "agenda_item"
    assert contribution.registration.email == contact_a.email
    assert contribution.registration.registered_by == contact_a
    overview = client.get(reverse("scheduling_contributions")).content.decode()
    assert "Vervoer naar trainingen" in overview


def test_without_a_registration_no_agenda_item_is_added(
    client, contact_a, group_a, meeting_slot
):
    client.force_login(contact_a)
    screen = client.get(occurrence_url(meeting_slot)).content.decode()
    assert 'name="subject"' not in screen
    response = client.post(agenda_item_url(meeting_slot), ITEM, follow=True)
    assert "Meld u eerst aan voor deze sessie" in response.content.decode()
    assert not Contribution.objects.filter(subject=ITEM["subject"]).exists()


def test_an_empty_agenda_item_is_refused(client, contact_a, group_a, meeting_slot):
    booking.register(meeting_slot, name="A", email=contact_a.email)
    client.force_login(contact_a)
    response = client.post(
        agenda_item_url(meeting_slot), {"subject": "", "details": ""}
    )
    assert response.status_code == 400
    assert not Contribution.objects.filter(
        registration__occurrence__event=meeting_slot.session
    ).exists()


def test_a_session_without_agenda_items_has_no_such_form(
    client, contact_a, group_a, training_slot
):
    booking.register(training_slot, name="A", email=contact_a.email)
    client.force_login(contact_a)
    assert (
        "Agendapunt" not in client.get(occurrence_url(training_slot)).content.decode()
    )
    assert client.post(agenda_item_url(training_slot), ITEM).status_code == 404
    assert (
        not Contribution.objects.exists()
        or not Contribution.objects.filter(subject=ITEM["subject"]).exists()
    )


def test_only_their_own_items_are_listed_on_the_screen(
    client, contact_a, contact_b, group_a, group_b, meeting_slot
):
    other = booking.register(meeting_slot, name="B", email=contact_b.email)
    Contribution.objects.create(
        registration=other, kind="agenda_item", subject="Punt van B", details="."
    )
    booking.register(meeting_slot, name="A", email=contact_a.email)
    client.force_login(contact_a)
    client.post(agenda_item_url(meeting_slot), ITEM)
    html = client.get(occurrence_url(meeting_slot)).content.decode()
    assert "Vervoer naar trainingen" in html
    assert "Punt van B" not in html
