"""Registrations from the public form that matched nobody: listed until a
coordinator marks them checked."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from scheduling import conf
from scheduling.menu import agenda_menu
from scheduling.models import Registration

from .conftest import messages_of

pytestmark = pytest.mark.django_db

LIST_URL = "scheduling_registrations:to_check"


@pytest.fixture
def unknown_and_known(full_session):
    """Anna matched a known person; the other four did not."""
    _session, registrations = full_session
    anna = registrations[0]
    Registration.objects.filter(pk=anna.pk).update(
        attendee_type=ContentType.objects.get_for_model(conf.attendee_model()),
        attendee_id=987654,
    )
    return registrations


def listed(response):
    return {registration.name for registration in response.context["object_list"]}


def test_the_listing_shows_active_unmatched_registrations(
    coordinator_client, unknown_and_known
):
    from scheduling import booking

    booking.cancel(unknown_and_known[4])  # Eva cancelled: nothing left to check

    response = coordinator_client.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert {"Bram Bezoeker", "Cora Cliënt", "Daan Wachter"} <= listed(response)
    assert "Anna Aanmelder" not in listed(response)
    assert "Eva Wachter" not in listed(response)
    assert "Training gespreksvoering" in response.content.decode()


def test_marking_checked_takes_it_off_the_list(coordinator_client, unknown_and_known):
    bram = unknown_and_known[1]

    response = coordinator_client.post(
        reverse("scheduling_registrations:mark_checked", args=[bram.pk]),
        {"next": reverse(LIST_URL)},
        follow=True,
    )

    bram.refresh_from_db()
    assert bram.checked
    assert "Bram Bezoeker" not in listed(response)
    assert "De aanmelding van Bram Bezoeker is gecontroleerd." in messages_of(response)


def test_the_occurrence_page_marks_who_is_to_be_checked(
    coordinator_client, unknown_and_known, slot
):
    response = coordinator_client.get(
        reverse("scheduling_session:occurrence", args=[slot.session.pk, slot.key])
    )
    content = response.content.decode()

    def check_url(registration):
        return reverse("scheduling_registrations:mark_checked", args=[registration.pk])

    anna, *others = unknown_and_known
    assert check_url(anna) not in content
    assert all(check_url(registration) in content for registration in others)
    flagged = [
        r.name
        for r in response.context["confirmed"] + response.context["waiting"]
        if r.needs_check
    ]
    assert flagged == ["Bram Bezoeker", "Cora Cliënt", "Daan Wachter", "Eva Wachter"]


def only_these(registrations):
    """Mark every other registration (the site's initial content) checked, so
    the count is known; the count is cached and these are bulk updates."""
    Registration.objects.exclude(pk__in=[r.pk for r in registrations]).update(
        checked=True
    )
    cache.clear()


def test_the_menu_item_counts_what_is_left(coordinator, unknown_and_known):
    only_these(unknown_and_known)
    item = next(
        item
        for item in agenda_menu.registered_menu_items
        if item.name == "scheduling-to-check"
    )
    request = RequestFactory().get("/admin/")
    request.user = coordinator

    assert item.is_shown(request)
    # Bram, Cora, Daan and Eva; Anna matched a known person.
    assert item.render_component(request).label == "Te controleren (4)"


def test_the_count_follows_a_registration_that_is_checked(
    coordinator, unknown_and_known
):
    only_these(unknown_and_known)
    item = next(
        item
        for item in agenda_menu.registered_menu_items
        if item.name == "scheduling-to-check"
    )
    request = RequestFactory().get("/admin/")
    request.user = coordinator
    assert item.render_component(request).label == "Te controleren (4)"

    bram = unknown_and_known[1]
    bram.checked = True
    bram.save()

    assert item.render_component(request).label == "Te controleren (3)"
