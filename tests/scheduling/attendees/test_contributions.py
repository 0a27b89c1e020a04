"""Who sees which cases and agenda items in the admin's "Inbreng"."""

import re

import pytest
from django.urls import reverse

from scheduling import booking
from scheduling.factories import SessionFactory, next_evening
from scheduling.models import Contribution
from scheduling.occurrences import find_slot

from .helpers import members_of

pytestmark = pytest.mark.django_db

URL = reverse("scheduling_contributions")


def bring_in(slot, person, subject, kind="case", **kwargs):
    registration = booking.register(
        slot,
        name=person.name if hasattr(person, "name") else person.username,
        email=person.email,
        **kwargs,
    )
    Contribution.objects.create(
        registration=registration, kind=kind, subject=subject, details="Toelichting."
    )


@pytest.fixture
def contributions(contact_a, contact_b, group_a, group_b, training, meeting_slot):
    intervision = SessionFactory(
        calendar=training.calendar,
        title="Intervisie voor de test",
        start=next_evening(days=21),
        contribution_kind="case",
    )
    slot = find_slot(intervision, intervision.start)
    alma, bert = members_of(group_a)["Alma Alfalid"], members_of(group_b).popitem()[1]
    bring_in(slot, alma, "Casus van Alma", attendee=alma)
    bring_in(slot, bert, "Casus van Bert", attendee=bert)
    bring_in(meeting_slot, contact_a, "Agendapunt van A", kind="agenda_item")
    bring_in(meeting_slot, contact_b, "Agendapunt van B", kind="agenda_item")


def subjects(response):
    return {c.subject for c in response.context["page"].object_list}


def test_a_coordinator_sees_every_contribution(client, coordinator, contributions):
    client.force_login(coordinator)
    response = client.get(URL)
    assert {
        "Casus van Alma",
        "Casus van Bert",
        "Agendapunt van A",
        "Agendapunt van B",
    } <= subjects(response)


def test_a_contact_person_sees_their_members_and_their_own_only(
    client, contact_a, contributions
):
    client.force_login(contact_a)
    response = client.get(URL)
    assert subjects(response) == {"Casus van Alma", "Agendapunt van A"}
    html = response.content.decode()
    assert "Bert" not in html and "Agendapunt van B" not in html
    kinds = re.findall(r'<td class="scheduling-contribution-kind">([^<]*)</td>', html)
    assert sorted(kinds) == ["Agendapunt", "Casus voor intervisie"]


def test_the_other_contact_person_sees_the_other_side(client, contact_b, contributions):
    client.force_login(contact_b)
    assert subjects(client.get(URL)) == {"Casus van Bert", "Agendapunt van B"}


def test_grouped_per_session_newest_first(client, contact_a, contributions):
    client.force_login(contact_a)
    html = client.get(URL).content.decode()
    meeting = html.index("<h2>Overleg voor de test, ")
    intervision = html.index("<h2>Intervisie voor de test, ")
    assert meeting < intervision


def test_cancelled_registrations_bring_in_nothing(client, contact_a, contributions):
    registration = Contribution.objects.get(subject="Casus van Alma").registration
    booking.cancel(registration)
    client.force_login(contact_a)
    assert subjects(client.get(URL)) == {"Agendapunt van A"}


def test_someone_without_people_gets_a_403(client, editor, contributions):
    client.force_login(editor)
    assert client.get(URL).status_code == 403
