"""The calendar feed: every current series of a calendar, in RFC 5545."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from scheduling import changes
from scheduling.factories import CalendarFactory, SessionFactory
from scheduling.occurrences import find_slot

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def feed(client, calendar):
    response = client.get(reverse("scheduling:calendar_feed", args=[calendar.slug]))
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def events(parsed):
    return list(parsed.walk("VEVENT"))


def next_dst_change(after_days=20):
    """The first day with a new UTC offset, at least so many days ahead."""
    day = timezone.localdate() + timedelta(days=after_days)

    def offset(d):
        return datetime.combine(d, time(12), AMSTERDAM).utcoffset()

    while offset(day + timedelta(days=1)) == offset(day):
        day += timedelta(days=1)
    return day + timedelta(days=1)


def test_feed_is_a_calendar_named_after_the_calendar(client, agenda, session):
    session.online_link = "https://meet.example.org/geheim"
    session.save()

    response, parsed = feed(client, session.calendar)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert str(parsed["X-WR-CALNAME"]) == "Training"
    (event,) = events(parsed)
    assert str(event["SUMMARY"]) == "Training gespreksvoering"
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert event.decoded("DTSTART") == session.start
    assert b"meet.example.org" not in response.content
    assert "/agenda/sessie/" in str(event["URL"])


def test_weekly_session_has_an_rrule_and_a_cancelled_date_an_exdate(
    client, agenda, weekly
):
    second = find_slot(weekly, weekly.start + timedelta(days=7))
    changes.cancel_occurrence(second)

    response, parsed = feed(client, weekly.calendar)

    (event,) = events(parsed)
    assert event["RRULE"]["FREQ"] == ["WEEKLY"]
    assert "UNTIL" in event["RRULE"]
    local = timezone.localtime(second.original_start).strftime("%Y%m%dT%H%M%S")
    assert f"EXDATE;TZID=Europe/Amsterdam:{local}".encode() in response.content


def test_19_00_stays_19_00_across_the_change_to_or_from_summer_time(
    client, agenda, calendar
):
    change = next_dst_change()
    start = timezone.make_aware(
        datetime.combine(change - timedelta(days=7), time(19)), AMSTERDAM
    )
    series = SessionFactory(
        calendar=calendar,
        recurrence="weekly",
        start=start,
        end=start + timedelta(hours=2),
        end_recurring_period=start + timedelta(days=28),
    )
    after = find_slot(
        series,
        timezone.make_aware(
            datetime.combine(change + timedelta(days=7), time(19)), AMSTERDAM
        ),
    )
    assert after is not None  # django-scheduler kept 19:00 local
    changes.cancel_occurrence(after)

    response, parsed = feed(client, calendar)

    (event,) = events(parsed)
    dtstart = event.decoded("DTSTART")
    assert event["DTSTART"].params["TZID"] == "Europe/Amsterdam"
    assert dtstart.astimezone(AMSTERDAM).time() == time(19)
    exdate = after.original_start.astimezone(AMSTERDAM)
    assert exdate.time() == time(19)
    assert exdate.utcoffset() != dtstart.astimezone(AMSTERDAM).utcoffset()
    line = f"EXDATE;TZID=Europe/Amsterdam:{exdate:%Y%m%dT190000}"
    assert line.encode() in response.content
    timezones = list(parsed.walk("VTIMEZONE"))
    assert [str(tz["TZID"]) for tz in timezones] == ["Europe/Amsterdam"]
    kinds = {c.name for c in timezones[0].subcomponents}
    assert kinds == {"STANDARD", "DAYLIGHT"}


def test_ended_series_and_past_sessions_are_left_out(client, agenda, calendar):
    now = timezone.now()
    SessionFactory(calendar=calendar, title="Voorbij", start=now - timedelta(days=3))
    SessionFactory(
        calendar=calendar,
        title="Afgelopen reeks",
        recurrence="weekly",
        start=now - timedelta(days=60),
        end_recurring_period=now - timedelta(days=2),
    )
    SessionFactory(calendar=calendar, title="Komt nog")

    _response, parsed = feed(client, calendar)

    assert [str(e["SUMMARY"]) for e in events(parsed)] == ["Komt nog"]


@pytest.mark.parametrize("recurrence", ["weekly", ""])
def test_feed_queries_do_not_grow_with_sessions(
    client, agenda, calendar, django_assert_max_num_queries, recurrence
):
    for _ in range(3):
        SessionFactory(calendar=calendar, recurrence=recurrence)
    feed(client, calendar)  # the site lookup is cached after the first request
    with django_assert_max_num_queries(50) as few:
        feed(client, calendar)
    for _ in range(20):
        session = SessionFactory(calendar=calendar, recurrence=recurrence)
        changes.cancel_occurrence(find_slot(session, session.start))

    with django_assert_max_num_queries(50) as many:
        _response, parsed = feed(client, calendar)

    assert len(events(parsed)) == 23
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize("slug", ["bestaat-niet", "niet-op-een-pagina"])
def test_unknown_or_unpublished_calendar_is_404(client, agenda, slug):
    CalendarFactory(name="Intern", slug="niet-op-een-pagina")

    response = client.get(reverse("scheduling:calendar_feed", args=[slug]))

    assert response.status_code == 404


def test_a_moved_one_off_session_shows_its_new_time(client, agenda, session):
    new_start = session.start + timedelta(days=2, hours=1)
    changes.move_occurrence(
        find_slot(session, session.start), new_start, new_start + timedelta(hours=2)
    )

    _response, parsed = feed(client, session.calendar)

    (event,) = events(parsed)
    assert event.decoded("dtstart") == new_start


def test_an_agenda_page_behind_a_login_gives_its_calendar_no_public_feed(
    client, agenda, session
):
    PageViewRestriction.objects.create(
        page=agenda, restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(
        reverse("scheduling:calendar_feed", args=[session.calendar.slug])
    )

    assert response.status_code == 404
