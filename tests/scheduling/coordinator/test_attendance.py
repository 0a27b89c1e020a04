"""Attendance: after the session has started, a checkbox per confirmed person."""

import pytest
from django.urls import reverse

from scheduling.models import Registration

from .conftest import messages_of

pytestmark = pytest.mark.django_db


def url(name, slot):
    return reverse(f"scheduling_session:{name}", args=[slot.session.pk, slot.key])


def registrations_of(slot):
    return list(
        Registration.objects.filter(occurrence_id=slot.occurrence_id).order_by("name")
    )


def test_the_occurrence_page_offers_attendance_once_started(
    coordinator_client, past_session
):
    _session, slot = past_session
    response = coordinator_client.get(url("occurrence", slot))

    assert response.status_code == 200
    assert response.context["show_attendance"]
    assert 'name="attended"' in response.content.decode()


def test_saving_attendance_sets_present_and_absent(coordinator_client, past_session):
    _session, slot = past_session
    fleur, gijs = registrations_of(slot)

    response = coordinator_client.post(
        url("occurrence_attendance", slot),
        {"shown": [fleur.pk, gijs.pk], "attended": [fleur.pk]},
        follow=True,
    )

    fleur.refresh_from_db()
    gijs.refresh_from_db()
    assert fleur.attended is True
    assert gijs.attended is False
    assert any("1 aanwezig, 1 afwezig" in m for m in messages_of(response))


def test_a_registration_not_on_the_form_keeps_its_attendance(
    coordinator_client, past_session
):
    _session, slot = past_session
    fleur, gijs = registrations_of(slot)

    coordinator_client.post(
        url("occurrence_attendance", slot), {"shown": [fleur.pk], "attended": []}
    )

    fleur.refresh_from_db()
    gijs.refresh_from_db()
    assert fleur.attended is False
    assert gijs.attended is None


@pytest.mark.parametrize(
    "data",
    [
        {"shown": ["x"], "attended": []},
        {"shown": [], "attended": []},
        {"shown": ["1"], "attended": ["999999"]},
    ],
)
def test_bad_input_changes_nothing(coordinator_client, past_session, data):
    _session, slot = past_session

    response = coordinator_client.post(
        url("occurrence_attendance", slot), data, follow=True
    )

    assert "Ongeldige invoer; er is niets opgeslagen." in messages_of(response)
    assert all(r.attended is None for r in registrations_of(slot))


def test_no_attendance_before_the_session_starts(
    coordinator_client, full_session, slot
):
    _session, registrations = full_session
    response = coordinator_client.post(
        url("occurrence_attendance", slot),
        {"shown": [registrations[0].pk], "attended": [registrations[0].pk]},
        follow=True,
    )

    registrations[0].refresh_from_db()
    assert registrations[0].attended is None
    assert any("pas worden bijgehouden" in m for m in messages_of(response))
    page = coordinator_client.get(url("occurrence", slot))
    assert not page.context["show_attendance"]
