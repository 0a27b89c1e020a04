"""The screen of one occurrence lists the user and the people they may register."""

import pytest

from .helpers import occurrence_url

pytestmark = pytest.mark.django_db


def people(response):
    return {person.name: person for person in response.context["people"]}


def test_a_contact_person_sees_themselves_and_their_own_members_only(
    client, contact_a, group_a, group_b, training_slot
):
    client.force_login(contact_a)
    response = client.get(occurrence_url(training_slot))
    assert response.status_code == 200
    assert set(people(response)) == {"contact-a", "Alma Alfalid", "Arie Alfalid"}
    html = response.content.decode()
    assert "Ikzelf" in html and "alma@example.org" in html
    assert "Bert Bravolid" not in html and "bert@example.org" not in html


def test_ikzelf_is_the_user_with_their_full_name_and_email(
    client, contact_a, group_a, training_slot
):
    contact_a.first_name, contact_a.last_name = "Annet", "Alfa"
    contact_a.save()
    client.force_login(contact_a)
    me = client.get(occurrence_url(training_slot)).context["people"][0]
    assert (me.id, me.name, me.email) == ("self", "Annet Alfa", contact_a.email)
    assert me.attendee is None


def test_a_coordinator_may_register_every_active_member(
    client, coordinator, group_a, group_b, training_slot
):
    client.force_login(coordinator)
    listed = people(client.get(occurrence_url(training_slot)))
    assert {"Alma Alfalid", "Arie Alfalid", "Bert Bravolid"} <= set(listed)


def test_members_who_left_are_not_offered_to_a_coordinator(
    client, coordinator, group_a, training_slot
):
    arie = group_a.members.get(name="Arie Alfalid")
    arie.active = False
    arie.save()
    client.force_login(coordinator)
    assert "Arie Alfalid" not in people(client.get(occurrence_url(training_slot)))


def test_for_a_contact_persons_meeting_only_the_user_is_offered(
    client, contact_a, group_a, meeting_slot
):
    client.force_login(contact_a)
    response = client.get(occurrence_url(meeting_slot))
    assert set(people(response)) == {"contact-a"}
    assert "Alma Alfalid" not in response.content.decode()


def test_an_unknown_occurrence_is_not_found(client, contact_a, group_a, training):
    client.force_login(contact_a)
    assert (
        client.get(occurrence_url_for(training, "20200101T100000Z")).status_code == 404
    )
    assert client.get(occurrence_url_for(training, "onzin")).status_code == 404


def occurrence_url_for(session, key):
    return f"/admin/agenda/aanmelden/{session.pk}/{key}/"
