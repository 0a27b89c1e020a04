"""Editing a series that people registered for: they move along and are told,
a bigger room fills from the waiting list, and stranded dates are reported."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from scheduling.admin_views.sessions import moment
from scheduling.models import Registration
from scheduling.occurrences import find_slot

from .conftest import mails, messages_of, register, session_form_data

pytestmark = pytest.mark.django_db


def edit(client, session, **changes):
    url = reverse("scheduling_session:edit", args=[session.pk])
    return client.post(url, session_form_data(session, **changes), follow=True)


@pytest.fixture
def booked_series(weekly):
    first = find_slot(weekly, weekly.start)
    second = find_slot(weekly, weekly.start + timedelta(days=7))
    registrations = [
        register(first, "Anna Aanmelder", "anna@example.org"),
        register(first, "Bram Bezoeker", "bram@example.org"),
        register(second, "Cora Cliënt", "cora@example.org"),
    ]
    return weekly, registrations


def test_moving_the_series_start_moves_registrations_and_tells_them(
    coordinator_client, booked_series
):
    session, registrations = booked_series
    new_start = timezone.localtime(session.start) + timedelta(hours=1)
    response = edit(
        coordinator_client,
        session,
        start=new_start.strftime("%d-%m-%Y %H:%M"),
        end=(new_start + timedelta(hours=2)).strftime("%d-%m-%Y %H:%M"),
    )

    assert response.status_code == 200
    for registration in registrations:
        registration.refresh_from_db()
        occurrence = registration.occurrence
        assert timezone.localtime(occurrence.start).hour == 20
        assert occurrence.start == occurrence.original_start
        assert registration.status == Registration.Status.CONFIRMED
    assert mails(session, "session_moved") == [
        "anna@example.org",
        "bram@example.org",
        "cora@example.org",
    ]
    assert "3 aangemelde deelnemers krijgen bericht van de nieuwe tijd." in (
        messages_of(response)
    )
    # The moved occurrences are the series' own again: nothing is stranded.
    assert not any("horen niet meer bij de reeks" in m for m in messages_of(response))


def test_a_changed_rhythm_reports_the_dates_that_fall_out_of_the_series(
    coordinator_client, booked_series
):
    session, _registrations = booked_series
    response = edit(coordinator_client, session, recurrence="fortnightly")

    session.refresh_from_db()
    assert session.rule.params == "interval:2"
    warnings = [m for m in messages_of(response) if "horen niet meer" in m]
    assert len(warnings) == 1
    assert moment(session.start + timedelta(days=7)) in warnings[0]
    assert moment(session.start) not in warnings[0]
    assert not mails(session, "session_moved")


def test_more_places_move_the_waiting_list_up(coordinator_client, full_session):
    session, registrations = full_session
    daan, eva = registrations[3], registrations[4]
    assert daan.status == eva.status == Registration.Status.WAITING

    response = edit(coordinator_client, session, capacity="4")

    daan.refresh_from_db()
    eva.refresh_from_db()
    assert daan.status == Registration.Status.CONFIRMED
    assert eva.status == Registration.Status.WAITING
    assert mails(session, "promoted") == ["daan@example.org"]
    assert any("wachtlijst heeft nu een plaats" in m for m in messages_of(response))


def test_fewer_places_promote_nobody(coordinator_client, full_session):
    session, _registrations = full_session
    edit(coordinator_client, session, capacity="2")

    session.refresh_from_db()
    assert session.capacity == 2
    assert not mails(session, "promoted")
