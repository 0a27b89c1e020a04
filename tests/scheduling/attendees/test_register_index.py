"""The list of sessions open for registration, and who may see it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from wagtail import hooks as wagtail_hooks

from pool.factories import UserFactory
from scheduling.factories import SessionFactory, next_evening

from .helpers import occurrence_url

pytestmark = pytest.mark.django_db


def access_admin():
    return Permission.objects.get(codename="access_admin")


INDEX = reverse("scheduling_register:index")


def test_a_contact_person_sees_open_sessions_and_their_meeting(
    client, contact_a, group_a, training_slot, meeting_slot
):
    client.force_login(contact_a)
    html = client.get(INDEX).content.decode()
    assert "Training voor de test" in html
    assert "Overleg voor de test" in html
    assert occurrence_url(training_slot) in html
    assert occurrence_url(meeting_slot) in html


def test_past_closed_and_far_away_sessions_are_not_listed(
    client, contact_a, group_a, training
):
    SessionFactory(
        calendar=training.calendar,
        title="Al geweest",
        start=next_evening(days=0) - timedelta(days=3),
    )
    SessionFactory(
        calendar=training.calendar,
        title="Morgenochtend, aanmelden gesloten",
        start=next_evening(days=1, hour=9),
        registration_closes_hours=48,
    )
    SessionFactory(
        calendar=training.calendar, title="Over een jaar", start=next_evening(days=300)
    )
    client.force_login(contact_a)
    html = client.get(INDEX).content.decode()
    assert "Training voor de test" in html
    assert "Al geweest" not in html
    assert "aanmelden gesloten" not in html
    assert "Over een jaar" not in html


def test_the_list_counts_only_the_users_own_people(
    client, contact_a, contact_b, group_a, group_b, training_slot
):
    client.force_login(contact_b)
    bert = group_b.members.get()
    client.post(occurrence_url(training_slot), {"person": [str(bert.pk)]})
    client.force_login(contact_a)
    response = client.get(INDEX)
    (slot,) = [
        s for s in response.context["slots"] if s.session.pk == training_slot.session.pk
    ]
    assert slot.confirmed == 1
    assert slot.own_count == 0


def test_a_session_for_contact_persons_is_hidden_from_others(
    client, group_a, meeting_slot, training_slot
):
    """Someone a site lets register people, but who is no contact person."""
    helper = UserFactory(username="helper")
    helper.user_permissions.add(access_admin())

    def helpers_attendees(user):
        return group_a.members.all() if user.pk == helper.pk else None

    with wagtail_hooks.register_temporarily(
        "scheduling_attendees_for_user", helpers_attendees
    ):
        client.force_login(helper)
        html = client.get(INDEX).content.decode()
        assert "Training voor de test" in html
        assert "Overleg voor de test" not in html
        assert client.get(occurrence_url(meeting_slot)).status_code == 403
        assert client.get(occurrence_url(training_slot)).status_code == 200


def test_someone_with_nobody_to_register_gets_a_real_403_and_no_menu_item(
    client, editor, training_slot
):
    client.force_login(editor)
    assert client.get(INDEX).status_code == 403
    assert client.get(occurrence_url(training_slot)).status_code == 403
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX not in dashboard


def test_a_contact_person_has_the_menu_item(client, contact_a, group_a):
    client.force_login(contact_a)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert INDEX in dashboard
    assert "Aanmelden voor sessies" in dashboard
