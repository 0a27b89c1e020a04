"""Occurrences of sessions: computed by django-scheduler, stored on demand.

django-scheduler computes occurrences from an Event's rule on every call and
stores one only when it is saved. Registrations hang on stored occurrences,
which are created with get_or_create on (event, original_start), a pair that a
unique index (see migration 0002) keeps single. Recurrences are expanded in the
site's time zone, so that a weekly 19:00 session stays at 19:00 after the
change to or from daylight-saving time.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cached_property

from django.core.cache import cache
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from schedule.models import Occurrence

from .models import AgendaPage, Registration, Session

KEY_FORMAT = "%Y%m%dT%H%M%SZ"
# Keys outside these years name no occurrence (and would overflow date sums).
KEY_YEARS = range(2000, 2200)
# How far ahead an open-ended series is expanded to find one occurrence.
SERIES_HORIZON = timedelta(days=5 * 366)
CACHE_VERSION_KEY = "scheduling:occurrences:version"
CACHE_SECONDS = 60 * 60


def local(moment):
    return timezone.localtime(moment, timezone.get_default_timezone())


def occurrence_key(original_start):
    """A stable, readable key for an occurrence within its session."""
    return original_start.astimezone(UTC).strftime(KEY_FORMAT)


def parse_occurrence_key(key):
    try:
        moment = datetime.strptime(key, KEY_FORMAT).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None
    return moment if moment.year in KEY_YEARS else None


@dataclass
class Slot:
    """One occurrence of a session, whether stored or only computed."""

    session: Session
    original_start: datetime
    start: datetime
    end: datetime
    cancelled: bool = False
    occurrence_id: int | None = None
    confirmed: int = 0
    waiting: int = 0

    @property
    def key(self):
        return occurrence_key(self.original_start)

    @property
    def places_left(self):
        return max(self.session.capacity - self.confirmed, 0)

    @property
    def is_full(self):
        return self.places_left == 0

    @property
    def deadline(self):
        return self.session.registration_deadline(self.start)

    @property
    def moved(self):
        return self.start != self.original_start

    def registration_closed_reason(self, now=None, *, ignore_deadline=False):
        """Why nobody can register any more, or None while registration is open."""
        now = now or timezone.now()
        if self.cancelled:
            return _("Deze sessie gaat niet door.")
        if self.start <= now:
            return _("Deze sessie is al begonnen of voorbij.")
        if not ignore_deadline and self.deadline <= now:
            return _("Aanmelden voor deze sessie is gesloten.")
        return None

    @cached_property
    def page_url(self):
        """The slot's page on the agenda that shows it, or None (one lookup per
        slot, however many mails are written about it)."""
        return AgendaPage.url_for_slot(self)

    @classmethod
    def for_registration(cls, registration, session=None):
        occurrence = registration.occurrence
        session = session or Session.objects.select_related("calendar").get(
            pk=occurrence.event_id
        )
        return cls.from_occurrence(session, occurrence)

    @classmethod
    def from_occurrence(cls, session, occurrence):
        return cls(
            session=session,
            original_start=occurrence.original_start,
            start=occurrence.start,
            end=occurrence.end,
            cancelled=occurrence.cancelled,
            occurrence_id=occurrence.pk,
        )


def _window_occurrences(sessions, start, end):
    start, end = local(start), local(end)
    slots = []
    for session in sessions:
        for occurrence in session.get_occurrences(start, end, clear_prefetch=False):
            slots.append(Slot.from_occurrence(session, occurrence))
    slots.sort(key=lambda slot: (slot.start, slot.session.pk))
    return slots


def sessions_queryset():
    return Session.objects.select_related("rule", "calendar").prefetch_related(
        "occurrence_set"
    )


def running_after(moment):
    """A filter for sessions with an occurrence ending after ``moment``: a one-off
    not over, a series not ended, or a stored occurrence moved past it."""
    return (
        Q(rule__isnull=True, end__gt=moment)
        | Q(rule__isnull=False)
        & (Q(end_recurring_period__isnull=True) | Q(end_recurring_period__gt=moment))
        | Q(occurrence__end__gt=moment)
    )


def slots_between(start, end, *, calendars=None, sessions=None):
    """All occurrences between two moments, stored ones in place of computed."""
    if sessions is None:
        sessions = (
            sessions_queryset().filter(start__lt=end).filter(running_after(start))
        )
        if calendars is not None:
            sessions = sessions.filter(calendar__in=calendars)
        sessions = sessions.distinct()
    return _window_occurrences(sessions, start, end)


def add_counts(slots):
    """Fill in confirmed and waiting counts (and the stored occurrence) for each
    slot, in one query.

    Looked up by (session, original start), not by stored id, because slots
    from the agenda's cache may predate the storing of their occurrence."""
    if not slots:
        return slots
    counts = {
        (row["occurrence__event_id"], row["occurrence__original_start"]): row
        for row in Registration.objects.filter(
            occurrence__event_id__in={slot.session.pk for slot in slots},
            occurrence__original_start__in={slot.original_start for slot in slots},
        )
        .values("occurrence", "occurrence__event_id", "occurrence__original_start")
        .annotate(
            confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
        )
    }
    for slot in slots:
        row = counts.get((slot.session.pk, slot.original_start))
        slot.confirmed = row["confirmed"] if row else 0
        slot.waiting = row["waiting"] if row else 0
        if row:
            slot.occurrence_id = row["occurrence"]
    return slots


def cache_version():
    return cache.get_or_set(CACHE_VERSION_KEY, 1, None)


def forget_cached_occurrences():
    try:
        cache.incr(CACHE_VERSION_KEY)
    except ValueError:
        cache.set(CACHE_VERSION_KEY, 2, None)


def upcoming_slots(calendar_ids, *, now=None, months=12):
    """Upcoming occurrences for the agenda, expanded once per change and day.

    Expanding recurrences is plain Python over every session, so the result
    (without counts, which change all the time) is cached until a session or
    occurrence changes."""
    now = now or timezone.now()
    day = local(now).date()
    if not calendar_ids:
        return []
    ids_part = ",".join(map(str, sorted(calendar_ids)))
    key = f"scheduling:upcoming:{cache_version()}:{day}:{months}:{ids_part}"
    rows = cache.get(key)
    if rows is None:
        start = local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        end = start + timedelta(days=31 * months)
        slots = slots_between(start, end, calendars=calendar_ids)
        rows = [
            (
                s.session.pk,
                s.original_start,
                s.start,
                s.end,
                s.cancelled,
                s.occurrence_id,
            )
            for s in slots
        ]
        cache.set(key, rows, CACHE_SECONDS)
    return [row for row in rows if row[3] > now]


def slots_from_rows(rows):
    """Turn cached rows into Slots, fetching their sessions in one query."""
    sessions = Session.objects.select_related("calendar").in_bulk(
        {row[0] for row in rows}
    )
    return [
        Slot(
            session=sessions[session_id],
            original_start=original_start,
            start=start,
            end=end,
            cancelled=cancelled,
            occurrence_id=occurrence_id,
        )
        for session_id, original_start, start, end, cancelled, occurrence_id in rows
        if session_id in sessions
    ]


def computed_occurrence(session, original_start):
    """The occurrence the series itself (its rule, not its stored rows) has at
    ``original_start``, or None. Bounded: a time before the series, after its
    end or years ahead is not expanded to."""
    if original_start < session.start:
        return None
    if session.rule is None:
        if original_start != session.start:
            return None
        return session._create_occurrence(session.start)
    end = session.end_recurring_period
    if (end and original_start > end) or original_start > max(
        timezone.now(), session.start
    ) + SERIES_HORIZON:
        return None
    window = (local(original_start), local(original_start + timedelta(seconds=1)))
    for occurrence in session._get_occurrence_list(*window):
        if occurrence.original_start == original_start:
            return occurrence
    return None


def find_slot(session, original_start):
    """The occurrence of ``session`` that originally starts at ``original_start``."""
    if original_start is None:
        return None
    stored = Occurrence.objects.filter(
        event=session, original_start=original_start
    ).first()
    if stored is None:
        stored = computed_occurrence(session, original_start)
    return Slot.from_occurrence(session, stored) if stored else None


def find_session_slot(session_id, key):
    """The slot a (session id, occurrence key) pair in an address names, or None."""
    original_start = parse_occurrence_key(key)
    if original_start is None:
        return None
    session = Session.objects.select_related("calendar").filter(pk=session_id).first()
    return find_slot(session, original_start) if session else None


def store_slot(slot):
    """The stored Occurrence behind ``slot``, created when it did not exist yet.

    Call inside a transaction; the unique index on (event, original_start)
    makes a concurrent creation fall back to the existing row."""
    occurrence, _created = Occurrence.objects.get_or_create(
        event_id=slot.session.pk,
        original_start=slot.original_start,
        defaults={
            "start": slot.start,
            "end": slot.end,
            "original_end": slot.original_start + slot.session.duration,
            "title": slot.session.title,
            "description": slot.session.description,
        },
    )
    slot.occurrence_id = occurrence.pk
    return occurrence


def lock_slot(slot):
    """Store ``slot``'s occurrence and lock its row until the transaction ends."""
    return Occurrence.objects.select_for_update().get(pk=store_slot(slot).pk)
