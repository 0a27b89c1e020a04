"""Calendar files (RFC 5545) with the icalendar library.

Times carry the site's time zone with a VTIMEZONE, so a 19:00 session reads
19:00 in every calendar program, also across the change to summer time. UIDs
are stable: one per series in the calendar feeds, one per occurrence in mails
and personal feeds, so that an update replaces the entry instead of adding one.
"""

from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vRecur

from . import conf
from .occurrences import local, occurrence_key

PRODID = "-//scheduling//Wagtail scheduling plugin//NL"
SEQUENCE_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)


def _domain():
    return urlsplit(conf.base_url()).hostname or "localhost"


def series_uid(session):
    return f"session-{session.pk}@{_domain()}"


def occurrence_uid(session, original_start):
    return f"session-{session.pk}-{occurrence_key(original_start)}@{_domain()}"


def sequence(moment):
    """A number that grows with every change, as calendar programs require:
    the seconds since 2024 (fits the 32 bits calendar programs allow)."""
    return max(int((moment - SEQUENCE_EPOCH).total_seconds()), 0)


def new_calendar(name=None, method=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _describe(event, session, url=None, with_link=True):
    event.add("summary", session.title)
    if session.place:
        event.add("location", session.place)
    elif session.online_link and with_link:
        event.add("location", session.online_link)
    lines = [session.description.strip()] if session.description.strip() else []
    if session.online_link and with_link:
        lines.append(session.online_link)
    if url:
        lines.append(url)
        event.add("url", url)
    if lines:
        event.add("description", "\n\n".join(lines))


def occurrence_event(slot, *, cancelled=False, updated=None, with_link=True):
    """One occurrence as a VEVENT (mails and personal feeds).

    A cancellation counts one higher, so that it replaces an entry sent in the
    same second (register and cancel at once)."""
    updated = updated or timezone.now()
    event = Event()
    event.add("uid", occurrence_uid(slot.session, slot.original_start))
    event.add("dtstamp", updated.astimezone(UTC))
    event.add("dtstart", local(slot.start))
    event.add("dtend", local(slot.end))
    cancelled = cancelled or slot.cancelled
    event.add("sequence", sequence(updated) + int(cancelled))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    _describe(event, slot.session, with_link=with_link)
    return event


def _rrule(session):
    rule = session.rule
    recur = {"freq": rule.frequency}
    params = rule.get_params()
    if "interval" in params:
        recur["interval"] = params["interval"]
    if "byweekday" in params:
        weekday = params["byweekday"]
        weekdays = weekday if isinstance(weekday, list) else [weekday]
        recur["byday"] = [str(day)[:2] for day in weekdays]
    if "bysetpos" in params:
        recur["bysetpos"] = params["bysetpos"]
    if session.end_recurring_period:
        recur["until"] = session.end_recurring_period.astimezone(UTC)
    return vRecur(recur)


def series_events(session, stored_occurrences, url=None):
    """A session as a VEVENT with RRULE and EXDATE, plus one VEVENT per moved
    occurrence (RECURRENCE-ID), as calendar programs expect in a public feed
    (never with the online link)."""
    stored_occurrences = list(stored_occurrences)
    # A one-off session is its one occurrence, moved or cancelled as stored.
    only = (
        stored_occurrences[0] if session.rule is None and stored_occurrences else None
    )
    changed = max([session.updated_on] + ([only.updated_on] if only else []))
    master = Event()
    master.add("uid", series_uid(session))
    master.add("dtstamp", changed.astimezone(UTC))
    master.add("dtstart", local(only.start if only else session.start))
    master.add("dtend", local(only.end if only else session.end))
    master.add("sequence", sequence(changed))
    _describe(master, session, url, with_link=False)
    events = [master]
    if session.rule is None:
        if only is not None and only.cancelled:
            master.add("status", "CANCELLED")
        return events
    master.add("rrule", _rrule(session))
    for occurrence in stored_occurrences:
        if occurrence.cancelled:
            master.add("exdate", local(occurrence.original_start))
        elif occurrence.start != occurrence.original_start or (
            occurrence.end != occurrence.original_end
        ):
            moved = Event()
            moved.add("uid", series_uid(session))
            moved.add("recurrence-id", local(occurrence.original_start))
            moved.add("dtstamp", occurrence.updated_on.astimezone(UTC))
            moved.add("dtstart", local(occurrence.start))
            moved.add("dtend", local(occurrence.end))
            moved.add("sequence", sequence(occurrence.updated_on))
            _describe(moved, session, url, with_link=False)
            events.append(moved)
    return events


def to_bytes(calendar):
    calendar.add_missing_timezones()
    return calendar.to_ical()
