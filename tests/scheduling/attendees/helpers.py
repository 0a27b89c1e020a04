"""Small helpers for the tests of registering from the admin."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from scheduling.factories import SessionFactory, next_evening
from scheduling.models import Registration
from scheduling.occurrences import find_slot, store_slot


def occurrence_url(slot):
    return reverse("scheduling_register:occurrence", args=[slot.session.pk, slot.key])


def members_of(page):
    return {member.name: member for member in page.members.all()}


def active_names(slot):
    """Names of the active registrations on the slot's stored occurrence."""
    return set(
        Registration.objects.active()
        .filter(
            occurrence__event=slot.session,
            occurrence__original_start=slot.original_start,
        )
        .values_list("name", flat=True)
    )


def attended(member, calendar, days_ago, attended=True):
    """A registration of ``member`` for a session ``days_ago`` days ago in
    ``calendar``, marked as attended (or not)."""
    session = SessionFactory(
        calendar=calendar, start=next_evening(days=0) - timedelta(days=days_ago)
    )
    occurrence = store_slot(find_slot(session, session.start))
    return Registration.objects.create(
        occurrence=occurrence,
        name=member.name,
        email=member.email,
        attendee_type=ContentType.objects.get_for_model(member),
        attendee_id=member.pk,
        attended=attended,
    )
