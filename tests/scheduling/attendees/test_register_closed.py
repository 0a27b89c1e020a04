"""After the registration deadline the screen shows who goes but changes nothing."""

import pytest

from scheduling import booking
from scheduling.factories import SessionFactory, next_evening
from scheduling.occurrences import find_slot

from .helpers import active_names, members_of, occurrence_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def closing_slot(training):
    session = SessionFactory(
        calendar=training.calendar,
        title="Bijna begonnen",
        start=next_evening(days=3),
        registration_closes_hours=24,
    )
    return find_slot(session, session.start)


def test_a_closed_occurrence_refuses_changes(client, contact_a, group_a, closing_slot):
    alma, arie = members_of(group_a).values()
    booking.register(closing_slot, name=alma.name, email=alma.email, attendee=alma)
    closing_slot.session.registration_closes_hours = 24 * 7
    closing_slot.session.save()
    client.force_login(contact_a)
    response = client.get(occurrence_url(closing_slot))
    html = response.content.decode()
    assert "Aanmelden voor deze sessie is gesloten." in html
    assert "disabled" in html and 'type="submit"' not in html.split("Wie gaat er?")[1]
    response = client.post(
        occurrence_url(closing_slot),
        {"person": [str(arie.pk)], "registered": [str(alma.pk)]},
    )
    assert response.status_code == 400
    assert active_names(closing_slot) == {"Alma Alfalid"}
