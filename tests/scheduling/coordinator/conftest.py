"""Coordinators: users whose group has the plugin's model permissions, and an
admin user without them."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from scheduling import booking
from scheduling.factories import SessionFactory
from scheduling.occurrences import find_slot, store_slot

ADMIN_ACCESS = {"content_type__app_label": "wagtailadmin", "codename": "access_admin"}


def make_user(username, permissions):
    group = Group.objects.create(name=f"Groep van {username}")
    group.permissions.set(permissions)
    user = get_user_model().objects.create_user(
        username=username, email=f"{username}@example.org", password="x" * 20
    )
    user.groups.add(group)
    return user


@pytest.fixture
def coordinator(db):
    permissions = Permission.objects.filter(
        content_type__app_label="scheduling"
    ) | Permission.objects.filter(**ADMIN_ACCESS)
    return make_user("agenda-coordinator", permissions)


@pytest.fixture
def outsider(db):
    """Admin access, none of the plugin's permissions."""
    return make_user("agenda-buitenstaander", Permission.objects.filter(**ADMIN_ACCESS))


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


def register(slot, name, email):
    return booking.register(slot, name=name, email=email)


@pytest.fixture
def full_session(session, slot):
    """The three-place session with three people registered and two waiting."""
    registrations = [
        register(slot, name, f"{name.split()[0].lower()}@example.org")
        for name in [
            "Anna Aanmelder",
            "Bram Bezoeker",
            "Cora Cliënt",
            "Daan Wachter",
            "Eva Wachter",
        ]
    ]
    return session, registrations


@pytest.fixture
def past_session(calendar):
    """A session that started an hour ago, with two confirmed registrations."""
    start = (timezone.now() - timedelta(hours=1)).replace(second=0, microsecond=0)
    session = SessionFactory(
        calendar=calendar, title="Intervisie van vanmiddag", start=start, capacity=5
    )
    slot = find_slot(session, session.start)
    occurrence = store_slot(slot)
    for name in ["Fleur Fietser", "Gijs Gast"]:
        session_registration(occurrence, name)
    return session, slot


def session_registration(occurrence, name):
    from scheduling.models import Registration

    return Registration.objects.create(
        occurrence=occurrence,
        name=name,
        email=f"{name.split()[0].lower()}@example.org",
        status=Registration.Status.CONFIRMED,
        created_at=occurrence.start - timedelta(days=3),
    )


def session_form_data(session, **overrides):
    """What the admin form posts for ``session`` as it is, with changes."""
    local_start = timezone.localtime(session.start)
    local_end = timezone.localtime(session.end)
    data = {
        "calendar": session.calendar_id,
        "title": session.title,
        "description": session.description,
        "place": session.place,
        "online_link": session.online_link,
        "start": local_start.strftime("%d-%m-%Y %H:%M"),
        "end": local_end.strftime("%d-%m-%Y %H:%M"),
        "recurrence": session.recurrence,
        "repeat_until": (
            timezone.localtime(session.end_recurring_period).strftime("%d-%m-%Y")
            if session.end_recurring_period
            else ""
        ),
        "capacity": str(session.capacity),
        "audience": session.audience,
        "registration_closes_hours": str(session.registration_closes_hours),
        "contribution_kind": session.contribution_kind,
    }
    data.update(overrides)
    return data


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


def mails(session, purpose):
    """The mails queued about ``session`` for ``purpose``, to whom."""
    from scheduling.models import OutgoingMail

    return sorted(
        OutgoingMail.objects.filter(
            purpose=purpose, registration__occurrence__event_id=session.pk
        ).values_list("to", flat=True)
    )
