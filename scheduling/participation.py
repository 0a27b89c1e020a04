"""How often attendees took part: sessions attended, per calendar, and when last.

A session counts as attended when its registration is marked ``attended``.
Everything is counted in the database, in one query for any number of
attendees, so an overview of a whole pool costs no more than one of a group."""

import calendar
import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.utils import timezone

from . import conf
from .models import Registration

QUIET_MONTHS = 12


def empty_summary():
    return {"attended": 0, "last": None, "per_calendar": []}


def attended_registrations(model):
    """Registrations of ``model``'s attendees that were marked as attended."""
    return Registration.objects.filter(
        attended=True, attendee_type=ContentType.objects.get_for_model(model)
    )


def summaries(attendee_pks):
    """``{pk: {"attended": n, "last": date or None, "per_calendar": [(name, n)]}}``
    for every pk given, also those who never attended. This is the
    "participation_summaries" hook a site asks."""
    result = summaries_by_calendar_id(attendee_pks)
    for summary in result.values():
        del summary["by_calendar_id"]
    return result


def summaries_by_calendar_id(attendee_pks):
    """As ``summaries``, each with also ``"by_calendar_id": {calendar id: n}``
    (calendar names need not be unique)."""
    pks = list(attendee_pks)
    result = {pk: {**empty_summary(), "by_calendar_id": {}} for pk in pks}
    model = conf.attendee_model()
    if model is None or not pks:
        return result
    rows = (
        attended_registrations(model)
        .filter(attendee_id__in=pks)
        .values(
            "attendee_id",
            "occurrence__event__calendar_id",
            "occurrence__event__calendar__name",
        )
        .annotate(
            sessions=Count("occurrence", distinct=True),
            last=Max("occurrence__start"),
        )
        .order_by("occurrence__event__calendar__name")
    )
    for row in rows:
        summary = result.get(row["attendee_id"])
        if summary is None:
            continue
        summary["attended"] += row["sessions"]
        summary["per_calendar"].append(
            (row["occurrence__event__calendar__name"], row["sessions"])
        )
        summary["by_calendar_id"][row["occurrence__event__calendar_id"]] = row[
            "sessions"
        ]
        last = timezone.localtime(row["last"]).date()
        if summary["last"] is None or last > summary["last"]:
            summary["last"] = last
    return result


def quiet_since(today=None, months=QUIET_MONTHS):
    """The start of the period in which someone should have taken part: the
    same day ``months`` months ago (the last day of a shorter month)."""
    today = today or timezone.localdate()
    year, month_index = divmod(today.year * 12 + today.month - 1 - months, 12)
    month = month_index + 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return timezone.make_aware(datetime.datetime(year, month, day))


def without_attendance_since(attendees, since=None):
    """The attendees (a queryset) who attended nothing since ``since``
    (default: the last twelve months)."""
    since = since or quiet_since()
    attended = (
        attended_registrations(attendees.model)
        .filter(occurrence__start__gte=since)
        .values("attendee_id")
    )
    return attendees.exclude(pk__in=attended)
