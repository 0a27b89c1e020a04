"""Odd addresses and form values are a 404 or a message, never an error page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from schedule.models import Occurrence

from scheduling.factories import SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot

from .conftest import messages_of

pytestmark = pytest.mark.django_db

HUGE = "9" * 30


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/agenda/sessies/{HUGE}/data/",
        f"/admin/agenda/sessies/edit/{HUGE}/",
        f"/admin/agenda/sessies/{HUGE}/20261207T180000Z/",
        f"/admin/agenda/agendas/edit/{HUGE}/",
    ],
)
def test_a_huge_id_is_not_found(coordinator_client, path):
    assert coordinator_client.get(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/agenda/aanmeldingen/{HUGE}/afmelden/",
        f"/admin/agenda/aanmeldingen/{HUGE}/gecontroleerd/",
        f"/admin/agenda/uitgaande-mail/{HUGE}/opnieuw/",
    ],
)
def test_a_post_to_a_huge_id_is_not_found(coordinator_client, path):
    assert coordinator_client.post(path).status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        f"/admin/agenda/aanmelden/{HUGE}/20261207T180000Z/",
        f"/admin/agenda/aanmelden/{HUGE}/20261207T180000Z/agendapunt/",
    ],
)
def test_a_huge_session_id_on_the_register_screens_is_not_found(
    coordinator_client, path
):
    assert coordinator_client.get(path).status_code == 404
    assert coordinator_client.post(path).status_code == 404


def test_huge_ids_in_the_attendance_form_change_nothing(
    coordinator_client, past_session
):
    session, slot = past_session
    response = coordinator_client.post(
        reverse(
            "scheduling_session:occurrence_attendance", args=[session.pk, slot.key]
        ),
        {"shown": [HUGE], "attended": [HUGE]},
        follow=True,
    )

    assert "Ongeldige invoer; er is niets opgeslagen." in messages_of(response)
    assert not Registration.objects.filter(
        occurrence_id=slot.occurrence_id, attended__isnull=False
    ).exists()


def test_a_past_occurrence_cannot_be_cancelled(coordinator_client, calendar):
    start = (timezone.now() - timedelta(days=2)).replace(second=0, microsecond=0)
    session = SessionFactory(calendar=calendar, start=start)
    slot = find_slot(session, session.start)
    url = reverse("scheduling_session:occurrence_cancel", args=[session.pk, slot.key])

    page = coordinator_client.get(url, follow=True)
    response = coordinator_client.post(url, follow=True)

    assert "Deze sessie is al geannuleerd of voorbij." in messages_of(page)
    assert any("voorbij" in m for m in messages_of(response))
    assert not Occurrence.objects.filter(event=session, cancelled=True).exists()


def test_a_filter_that_makes_no_sense_shows_the_listing(coordinator_client, session):
    response = coordinator_client.get(
        reverse("scheduling_session:index"), {"calendar": "abc", "ordering": "foo"}
    )
    assert response.status_code == 200
