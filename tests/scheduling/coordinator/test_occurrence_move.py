"""Moving one occurrence: registrations go along and are told."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from schedule.models import Occurrence

from scheduling.factories import SessionFactory
from scheduling.models import Registration
from scheduling.occurrences import find_slot, store_slot

from .conftest import mails, messages_of, session_registration

pytestmark = pytest.mark.django_db


def move_url(slot):
    return reverse(
        "scheduling_session:occurrence_move", args=[slot.session.pk, slot.key]
    )


def as_field(moment):
    return timezone.localtime(moment).strftime("%d-%m-%Y %H:%M")


def test_moving_an_occurrence_takes_its_registrations_along(
    coordinator_client, full_session, slot
):
    new_start = slot.start + timedelta(days=1, hours=1)
    response = coordinator_client.post(
        move_url(slot),
        {"start": as_field(new_start), "end": as_field(new_start + timedelta(hours=2))},
        follow=True,
    )

    occurrence = Occurrence.objects.get(event=slot.session)
    assert occurrence.start == new_start
    assert occurrence.original_start == slot.original_start
    assert Registration.objects.filter(occurrence=occurrence).count() == 5
    assert len(mails(slot.session, "session_moved")) == 5
    assert any(
        "5 aangemelde deelnemers krijgen bericht." in m for m in messages_of(response)
    )
    # The occurrence keeps its address: the key is its original start.
    assert response.redirect_chain[-1][0] == reverse(
        "scheduling_session:occurrence", args=[slot.session.pk, slot.key]
    )


@pytest.mark.parametrize(
    ("start_offset", "hours", "message"),
    [
        (timedelta(days=1), -1, "Het einde moet na het begin liggen."),
        (timedelta(days=-30), 2, "Kies een nieuw moment in de toekomst."),
        (timedelta(days=1), 13, "Een sessie begint en eindigt op dezelfde dag"),
    ],
)
def test_a_bad_new_time_changes_nothing(
    coordinator_client, full_session, slot, start_offset, hours, message
):
    new_start = slot.start + start_offset
    response = coordinator_client.post(
        move_url(slot),
        {
            "start": as_field(new_start),
            "end": as_field(new_start + timedelta(hours=hours)),
        },
    )

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Occurrence.objects.get(event=slot.session).start == slot.start
    assert not mails(slot.session, "session_moved")


def test_rubbish_input_is_a_form_error(coordinator_client, full_session, slot):
    response = coordinator_client.post(move_url(slot), {"start": "morgen", "end": ""})

    assert response.status_code == 200
    assert response.context["form"].errors
    assert Occurrence.objects.get(event=slot.session).start == slot.start


def test_a_new_time_far_in_the_future_is_refused(
    coordinator_client, full_session, slot
):
    response = coordinator_client.post(
        move_url(slot), {"start": "31-12-9999 10:00", "end": "31-12-9999 11:00"}
    )

    assert response.status_code == 200
    assert "Kies een datum tussen" in response.content.decode()
    assert Occurrence.objects.get(event=slot.session).start == slot.start
    assert not mails(slot.session, "session_moved")


@pytest.fixture
def over(calendar):
    """A session that was over two days ago, with a stored occurrence and one
    confirmed registration."""
    start = (timezone.now() - timedelta(days=2)).replace(second=0, microsecond=0)
    session = SessionFactory(calendar=calendar, title="Al voorbij", start=start)
    slot = find_slot(session, session.start)
    session_registration(store_slot(slot), "Fleur Fietser")
    return session, slot


def past_state(session):
    occurrences = Occurrence.objects.filter(event=session)
    return (
        list(occurrences.values_list("start", "end", "cancelled")),
        list(
            Registration.objects.filter(occurrence__event=session)
            .order_by("pk")
            .values_list("status", "occurrence_id")
        ),
        len(mails(session, "session_moved")),
    )


def test_a_post_cannot_move_a_past_occurrence(coordinator_client, over):
    session, slot = over
    before = past_state(session)
    new_start = timezone.now() + timedelta(days=3)

    response = coordinator_client.post(
        move_url(slot),
        {"start": as_field(new_start), "end": as_field(new_start + timedelta(hours=1))},
        follow=True,
    )

    assert response.status_code == 200
    assert any("voorbij" in message for message in messages_of(response))
    assert past_state(session) == before


def test_a_post_cannot_restore_a_past_cancelled_occurrence(coordinator_client, over):
    session, slot = over
    Occurrence.objects.filter(event=session).update(cancelled=True)
    before = past_state(session)

    response = coordinator_client.post(
        reverse("scheduling_session:occurrence_restore", args=[session.pk, slot.key]),
        follow=True,
    )

    assert response.status_code == 200
    assert any("voorbij" in message for message in messages_of(response))
    assert past_state(session) == before
