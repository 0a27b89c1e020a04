"""Attendance at two sessions of the initial agenda that lie behind us, so that
the participation overviews have something to show. Registrations for a past
session cannot be made through booking.register (it refuses them, rightly),
so they are written as they would stand after the coordinator marked who came.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from pool.models import Member
from scheduling.models import Registration, Session
from scheduling.occurrences import slots_between, store_slot

# (Calendar slug, title) of a past session, and the members (by email) who
# came and who did not.
ATTENDANCE = {
    ("training", "De sociale kaart van Almere"): (
        [
            "anouk.verbeek@example.org",
            "bram.zuidervaart@example.org",
            "driss.ouazzani@example.org",
            "ilse.brouwershaven@example.org",
            "kofi.mensah@example.org",
        ],
        ["sevda.yilmazoglu@example.org"],
    ),
    ("intervisie", "Intervisie na de zomer"): (
        ["anouk.verbeek@example.org", "kofi.mensah@example.org"],
        [],
    ),
}


def build(log=print):
    """Register and mark attendance once per past session; returns the count."""
    created = 0
    member_type = ContentType.objects.get_for_model(Member)
    members = {m.email: m for m in Member.objects.active()}
    for (calendar, title), (came, absent) in ATTENDANCE.items():
        session = Session.objects.filter(calendar__slug=calendar, title=title).first()
        if session is None or session.start > timezone.now():
            continue
        # Only as loaded: a session a coordinator has changed since is left alone.
        day_after = session.end + datetime.timedelta(days=1)
        slots = slots_between(session.start, day_after, sessions=[session])
        if len(slots) != 1:
            continue
        occurrence = store_slot(slots[0])
        if Registration.objects.filter(occurrence=occurrence).exists():
            continue
        for email, attended in [(e, True) for e in came] + [(e, False) for e in absent]:
            member = members.get(email)
            if member is None:
                continue
            Registration.objects.create(
                occurrence=occurrence,
                name=member.name,
                email=member.email,
                attendee_type=member_type,
                attendee_id=member.pk,
                created_at=session.start - datetime.timedelta(days=14),
                status_changed_at=session.start - datetime.timedelta(days=14),
                attended=attended,
            )
            created += 1
    return created
