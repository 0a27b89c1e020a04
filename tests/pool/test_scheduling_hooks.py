"""The pool answers the agenda's hooks: who a user may register, whose email
an address is and which sessions a user may come to. And the group page shows
the participation the agenda reports, or nothing when no agenda answers."""

import datetime

import pytest
from wagtail import hooks as wagtail_hooks

from pool import scheduling_hooks
from pool.factories import MemberFactory, UserFactory
from pool.models import Member
from pool.participation import PARTICIPATION_HOOK
from scheduling import hooks

pytestmark = pytest.mark.django_db


@pytest.fixture
def left_a(group_a):
    return MemberFactory(
        page=group_a,
        name="Anton Oudlid",
        email="anton@example.org",
        active=False,
        left_on=datetime.date(2025, 6, 1),
    )


def names(queryset):
    return set(queryset.values_list("name", flat=True))


def test_a_coordinator_may_register_every_active_member(
    coordinator, group_a, group_b, left_a
):
    attendees = scheduling_hooks.attendees_for_user(coordinator)
    assert names(attendees) == names(Member.objects.filter(active=True))
    assert {"Alma Alfalid", "Bert Bravolid"} <= names(attendees)
    assert "Anton Oudlid" not in names(attendees)


def test_a_contact_person_may_register_the_active_members_of_their_group(
    contact_a, group_a, group_b, left_a
):
    attendees = scheduling_hooks.attendees_for_user(contact_a)
    assert names(attendees) == {"Alma Alfalid", "Arie Alfalid"}
    assert names(hooks.attendees_for_user(contact_a)) == {
        "Alma Alfalid",
        "Arie Alfalid",
    }


def test_someone_without_a_group_registers_nobody(group_a, editor):
    stranger = UserFactory(username="vreemde")
    assert scheduling_hooks.attendees_for_user(stranger) is None
    assert scheduling_hooks.attendees_for_user(editor) is None
    assert not hooks.attendees_for_user(stranger).exists()


def test_an_attendee_is_found_by_email_whatever_the_case(group_a, left_a):
    alma = group_a.members.get(name="Alma Alfalid")
    assert scheduling_hooks.find_attendee("  ALMA@Example.org ") == alma
    assert hooks.find_attendee("alma@example.org") == alma
    assert scheduling_hooks.find_attendee("anton@example.org") is None
    assert scheduling_hooks.find_attendee("niemand@example.org") is None
    assert scheduling_hooks.find_attendee("") is None


def test_contact_persons_and_coordinators_come_to_the_contact_persons_sessions(
    coordinator, contact_a, group_a, editor
):
    both = {"ocos", "contact_persons"}
    assert scheduling_hooks.user_audiences(contact_a) == both
    assert scheduling_hooks.user_audiences(coordinator) == both
    assert hooks.user_audiences(contact_a) == both
    assert scheduling_hooks.user_audiences(editor) == set()
    assert hooks.user_audiences(UserFactory(username="los")) == set()


def test_the_group_page_shows_no_participation_without_an_agenda(
    client, contact_a, group_a, monkeypatch
):
    wagtail_hooks.search_for_hooks()
    monkeypatch.setitem(wagtail_hooks._hooks, PARTICIPATION_HOOK, [])
    client.force_login(contact_a)
    response = client.get(f"/admin/pages/{group_a.pk}/edit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Alma Alfalid" in html
    assert "Deelname aan trainingen en intervisie" not in html
    assert "Sessies bijgewoond" not in html
