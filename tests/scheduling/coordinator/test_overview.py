"""The overview of a session's dates and the page of one date."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from scheduling import booking
from scheduling.occurrences import find_slot

from .conftest import register

pytestmark = pytest.mark.django_db


def overview_url(session):
    return reverse("scheduling_session:overview", args=[session.pk])


def test_the_overview_lists_every_date_with_counts(coordinator_client, weekly):
    second = find_slot(weekly, weekly.start + timedelta(days=7))
    register(second, "Anna Aanmelder", "anna@example.org")

    response = coordinator_client.get(overview_url(weekly))

    assert response.status_code == 200
    slots = response.context["slots"]
    # Every week from the start to the end of the series (90 days).
    assert len(slots) == 13
    assert [slot.confirmed for slot in slots[:3]] == [0, 1, 0]
    assert (
        reverse("scheduling_session:occurrence", args=[weekly.pk, second.key])
        in response.content.decode()
    )


def test_the_overview_shows_cancelled_and_moved_dates(coordinator_client, weekly):
    from scheduling import changes

    changes.cancel_occurrence(find_slot(weekly, weekly.start))
    second = find_slot(weekly, weekly.start + timedelta(days=7))
    changes.move_occurrence(
        second, second.start + timedelta(hours=1), second.end + timedelta(hours=1)
    )

    slots = coordinator_client.get(overview_url(weekly)).context["slots"]

    assert slots[0].cancelled
    assert slots[1].moved and not slots[1].cancelled
    assert not slots[2].moved


def test_the_overview_has_a_bounded_number_of_queries(
    coordinator_client, weekly, django_assert_max_num_queries
):
    for week in range(4):
        slot = find_slot(weekly, weekly.start + timedelta(days=7 * week))
        register(slot, f"Persoon {week}", f"persoon{week}@example.org")

    with django_assert_max_num_queries(20):
        coordinator_client.get(overview_url(weekly))


def test_the_occurrence_page_lists_people_in_a_bounded_number_of_queries(
    coordinator_client, full_session, slot, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = coordinator_client.get(
            reverse("scheduling_session:occurrence", args=[slot.session.pk, slot.key])
        )

    assert [r.name for r in response.context["confirmed"]] == [
        "Anna Aanmelder",
        "Bram Bezoeker",
        "Cora Cliënt",
    ]
    assert [r.name for r in response.context["waiting"]] == [
        "Daan Wachter",
        "Eva Wachter",
    ]
    assert response.context["can_cancel"] and response.context["can_move"]


@pytest.mark.parametrize("key", ["rubbish", "20000101T000000Z"])
def test_an_unknown_date_is_not_found(coordinator_client, session, key):
    url = reverse("scheduling_session:occurrence", args=[session.pk, key])
    assert coordinator_client.get(url).status_code == 404


def test_an_unknown_session_is_not_found(coordinator_client):
    url = reverse("scheduling_session:overview", args=[999999])
    assert coordinator_client.get(url).status_code == 404


def test_the_occurrence_page_costs_the_same_queries_for_twice_the_people(
    coordinator_client, session, coordinator
):
    session.capacity = 40
    session.save()
    url = reverse(
        "scheduling_session:occurrence",
        args=[session.pk, find_slot(session, session.start).key],
    )

    def add_people(first, count):
        for number in range(first, first + count):
            booking.register(
                find_slot(session, session.start),
                name=f"Persoon {number}",
                email=f"persoon{number}@example.org",
                registered_by=coordinator,
            )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            response = coordinator_client.get(url)
        assert response.status_code == 200
        return len(captured)

    add_people(0, 4)
    few = queries()
    add_people(4, 4)
    assert queries() == few
