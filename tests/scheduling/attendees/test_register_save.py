"""Ticking people registers them, tied to their member and to who registered."""

import pytest

from scheduling import booking
from scheduling.models import Registration

from .helpers import members_of, occurrence_url

pytestmark = pytest.mark.django_db


def test_ticked_members_are_registered_for_their_member_by_the_user(
    client, contact_a, group_a, training_slot
):
    members = members_of(group_a)
    client.force_login(contact_a)
    response = client.post(
        occurrence_url(training_slot),
        {"person": [str(members["Alma Alfalid"].pk), str(members["Arie Alfalid"].pk)]},
        follow=True,
    )
    html = response.content.decode()
    assert "Alma Alfalid: aangemeld." in html and "Arie Alfalid: aangemeld." in html
    registrations = Registration.objects.filter(
        occurrence__event=training_slot.session
    ).order_by("name")
    assert [r.name for r in registrations] == ["Alma Alfalid", "Arie Alfalid"]
    for registration in registrations:
        assert registration.attendee == members[registration.name]
        assert registration.registered_by == contact_a
        assert registration.status == Registration.Status.CONFIRMED
    listed = {p.name: p for p in response.context["people"]}
    assert listed["Alma Alfalid"].registration.status == "confirmed"
    assert listed["contact-a"].registration is None


def test_ikzelf_registers_the_user_without_an_attendee(
    client, contact_a, group_a, training_slot
):
    client.force_login(contact_a)
    client.post(occurrence_url(training_slot), {"person": ["self"]})
    registration = Registration.objects.get(occurrence__event=training_slot.session)
    assert registration.name == "contact-a"
    assert registration.email == contact_a.email
    assert registration.attendee_id is None
    assert registration.registered_by == contact_a


def test_ikzelf_is_tied_to_the_users_member_when_they_are_one(
    client, contact_a, group_a, training_slot
):
    alma = members_of(group_a)["Alma Alfalid"]
    contact_a.email = alma.email
    contact_a.save()
    client.force_login(contact_a)
    response = client.get(occurrence_url(training_slot))
    assert [p.name for p in response.context["people"]] == ["contact-a", "Arie Alfalid"]
    client.post(occurrence_url(training_slot), {"person": ["self"]})
    registration = Registration.objects.get(occurrence__event=training_slot.session)
    assert registration.attendee == alma


def test_over_capacity_goes_to_the_waiting_list_and_says_so(
    client, coordinator, group_a, group_b, training_slot
):
    members = [*group_a.members.all(), *group_b.members.all()]
    client.force_login(coordinator)
    response = client.post(
        occurrence_url(training_slot),
        {"person": ["self", *(str(m.pk) for m in members)]},
        follow=True,
    )
    html = response.content.decode()
    statuses = list(
        Registration.objects.filter(occurrence__event=training_slot.session)
        .order_by("pk")
        .values_list("status", flat=True)
    )
    assert statuses == ["confirmed", "confirmed", "confirmed", "waiting"]
    assert "Bert Bravolid: op de wachtlijst." in html
    assert "wachtlijst</span>" in html


def test_a_member_who_registered_on_the_public_form_shows_as_registered(
    client, contact_a, group_a, training_slot
):
    booking.register(training_slot, name="Alma", email="ALMA@example.org")
    client.force_login(contact_a)
    response = client.get(occurrence_url(training_slot))
    listed = {p.name: p for p in response.context["people"]}
    assert listed["Alma Alfalid"].registration.name == "Alma"
    assert listed["Arie Alfalid"].registration is None


def test_a_booking_error_is_shown_for_that_person_only(
    client, contact_a, group_a, training_slot, monkeypatch
):
    members = members_of(group_a)
    real_register = booking.register

    def refuse_alma(slot, **kwargs):
        if kwargs["name"] == "Alma Alfalid":
            raise booking.BookingError("Er ging iets mis.")
        return real_register(slot, **kwargs)

    monkeypatch.setattr(booking, "register", refuse_alma)
    client.force_login(contact_a)
    response = client.post(
        occurrence_url(training_slot),
        {"person": [str(m.pk) for m in members.values()]},
        follow=True,
    )
    html = response.content.decode()
    assert "Alma Alfalid: Er ging iets mis." in html
    assert "Arie Alfalid: aangemeld." in html
    assert set(
        Registration.objects.filter(
            occurrence__event=training_slot.session
        ).values_list("name", flat=True)
    ) == {"Arie Alfalid"}
