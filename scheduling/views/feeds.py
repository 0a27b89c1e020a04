"""Calendar feeds (iCalendar) to subscribe to in Outlook, Google or a phone.

The feed of a calendar holds every session whose series is not over, as one
VEVENT with RRULE and EXDATE per series; the online link is never in it. The
personal feed, behind a secret address, holds one person's registrations, one
VEVENT per occurrence, with the online link only while they have a place."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from schedule.models import Calendar

from .. import ics
from ..models import AgendaPage, PersonalFeed, Registration, Session
from ..occurrences import Slot, running_after

CONTENT_TYPE = "text/calendar; charset=utf-8"


def _response(calendar, filename, cache_control):
    response = HttpResponse(ics.to_bytes(calendar), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = cache_control
    return response


def current_sessions(calendar, now=None):
    """The calendar's sessions whose series is not over, with their stored
    occurrences, in a constant number of queries."""
    now = now or timezone.now()
    return (
        Session.objects.filter(calendar=calendar)
        .filter(running_after(now))
        .select_related("rule")
        .prefetch_related("occurrence_set")
        .distinct()
        .order_by("start", "pk")
    )


@require_safe
def calendar_feed(request, slug):
    calendar = get_object_or_404(Calendar, slug=slug)
    # Only calendars that the public agenda shows have a public feed.
    page = AgendaPage.for_calendar(calendar.pk)
    if page is None:
        raise Http404
    base = page.get_full_url(request)
    feed = ics.new_calendar(name=calendar.name)
    for session in current_sessions(calendar):
        url = base
        if base and session.rule_id is None:
            # A one-off's page is named by its original start: no lookup needed.
            only = Slot(session, session.start, session.start, session.end)
            url = page.subpage_url(base, "detail", only)
        for event in ics.series_events(session, session.occurrence_set.all(), url=url):
            feed.add_component(event)
    return _response(feed, f"{calendar.slug}.ics", "public, max-age=300")


def _updated(registration, session):
    moments = [
        registration.occurrence.updated_on,
        session.updated_on,
        registration.status_changed_at or registration.created_at,
    ]
    return max(moment for moment in moments if moment)


@require_safe
def personal_feed(request, token):
    feed = PersonalFeed.objects.filter(token=token).first()
    if feed is None:
        raise Http404
    calendar = ics.new_calendar(name=_("Mijn sessies"))
    for registration in feed.registrations().order_by("occurrence__start", "pk"):
        session = registration.occurrence.event.session
        slot = Slot.for_registration(registration, session)
        confirmed = registration.status == Registration.Status.CONFIRMED
        event = ics.occurrence_event(
            slot, with_link=confirmed, updated=_updated(registration, session)
        )
        if not confirmed:
            event.pop("SUMMARY", None)
            event.add("summary", _("Wachtlijst: %(title)s") % {"title": session.title})
        calendar.add_component(event)
    response = _response(calendar, "mijn-sessies.ics", "private, max-age=300")
    response["X-Robots-Tag"] = "noindex"
    return response
