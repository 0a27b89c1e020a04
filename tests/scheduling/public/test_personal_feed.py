"""The personal feed: one person's sessions behind a secret address."""

from datetime import datetime, time, timedelta

from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from scheduling import booking
from scheduling.factories import SessionFactory
from scheduling.mailer import personal_feed
from scheduling.occurrences import find_slot

from .test_calendar_feed import AMSTERDAM, next_dst_change


def feed_url(registration):
    return reverse("scheduling:personal_feed", args=[personal_feed(registration).token])


def summaries(response):
    parsed = Calendar.from_ical(response.content)
    return sorted(str(event["SUMMARY"]) for event in parsed.walk("VEVENT"))


def test_lists_only_that_persons_sessions(client, calendar):
    mine = SessionFactory(calendar=calendar, title="Mijn training")
    theirs = SessionFactory(calendar=calendar, title="Hun training")
    registration = booking.register(
        find_slot(mine, mine.start), name="Ik", email="ik@example.org"
    )
    booking.register(
        find_slot(theirs, theirs.start), name="Zij", email="zij@example.org"
    )

    response = client.get(feed_url(registration))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Cache-Control"] == "private, max-age=300"
    assert summaries(response) == ["Mijn training"]


def test_cancelled_registrations_are_left_out(client, calendar):
    kept = SessionFactory(calendar=calendar, title="Blijft")
    dropped = SessionFactory(calendar=calendar, title="Afgemeld")
    registration = booking.register(
        find_slot(kept, kept.start), name="Ik", email="ik@example.org"
    )
    booking.cancel(
        booking.register(
            find_slot(dropped, dropped.start), name="Ik", email="ik@example.org"
        )
    )

    assert summaries(client.get(feed_url(registration))) == ["Blijft"]


def test_waiting_list_is_marked_and_gets_no_online_link(client, calendar):
    full = SessionFactory(
        calendar=calendar,
        title="Online sessie",
        capacity=1,
        place="",
        online_link="https://meet.example.org/geheim",
    )
    slot = find_slot(full, full.start)
    confirmed = booking.register(slot, name="Eerst", email="eerst@example.org")
    waiting = booking.register(slot, name="Later", email="later@example.org")

    for_confirmed = client.get(feed_url(confirmed))
    for_waiting = client.get(feed_url(waiting))

    assert summaries(for_confirmed) == ["Online sessie"]
    assert b"meet.example.org/geheim" in for_confirmed.content
    assert summaries(for_waiting) == ["Wachtlijst: Online sessie"]
    assert b"meet.example.org/geheim" not in for_waiting.content


def test_each_occurrence_keeps_19_00_across_summer_time(client, calendar):
    change = next_dst_change()

    def evening(day):
        return timezone.make_aware(datetime.combine(day, time(19)), AMSTERDAM)

    series = SessionFactory(
        calendar=calendar,
        recurrence="weekly",
        start=evening(change - timedelta(days=7)),
        end_recurring_period=evening(change + timedelta(days=21)),
    )
    before = find_slot(series, evening(change - timedelta(days=7)))
    after = find_slot(series, evening(change + timedelta(days=7)))
    registration = booking.register(before, name="Ik", email="ik@example.org")
    booking.register(after, name="Ik", email="ik@example.org")

    response = client.get(feed_url(registration))

    parsed = Calendar.from_ical(response.content)
    starts = sorted(e.decoded("DTSTART") for e in parsed.walk("VEVENT"))
    assert len(starts) == 2
    assert [s.astimezone(AMSTERDAM).time() for s in starts] == [time(19), time(19)]
    assert starts[0].utcoffset() != starts[1].utcoffset()
    assert b"DTSTART;TZID=Europe/Amsterdam:" in response.content


def test_wrong_token_is_404(client, db):
    response = client.get(reverse("scheduling:personal_feed", args=["geraden"]))

    assert response.status_code == 404
