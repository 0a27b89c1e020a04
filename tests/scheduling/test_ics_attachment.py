from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core import mail
from icalendar import Calendar

from scheduling import booking
from scheduling.factories import SessionFactory
from scheduling.occurrences import find_slot
from scheduling.tasks import send_due_mail

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def attachment(message):
    (name, content, mimetype), *_ = message.attachments
    assert (name, mimetype) == ("sessie.ics", "text/calendar")
    return Calendar.from_ical(content)


def only_event(calendar):
    (event,) = calendar.walk("VEVENT")
    return event


def test_the_confirmation_ics_has_the_local_start_end_and_time_zone(session):
    booking.register(
        find_slot(session, session.start), name="Noor", email="noor@example.org"
    )
    send_due_mail()
    calendar = attachment(mail.outbox[0])
    event = only_event(calendar)

    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert start == session.start and end == session.end
    assert str(event["dtstart"].params["TZID"]) == "Europe/Amsterdam"
    assert start.astimezone(AMSTERDAM).hour == 19
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert str(event["summary"]) == "Training gespreksvoering"
    assert str(event["status"]) == "CONFIRMED"


def test_a_weekly_19_00_series_stays_at_19_00_across_the_change_to_summer_time(
    calendar,
):
    # The last Tuesday before summer time starts in 2027 (28 March).
    start = datetime(2027, 3, 23, 19, 0, tzinfo=AMSTERDAM)
    weekly = SessionFactory(
        calendar=calendar,
        start=start,
        end=start + timedelta(hours=2),
        recurrence="weekly",
    )
    before = find_slot(weekly, start)
    after_start = datetime(2027, 3, 30, 19, 0, tzinfo=AMSTERDAM)
    after = find_slot(weekly, after_start)
    assert after is not None, "the occurrence after the change is at 19:00 local"
    assert (after.start - before.start) == timedelta(days=7) - timedelta(hours=1)

    for slot, email in [(before, "winter@example.org"), (after, "zomer@example.org")]:
        booking.register(
            slot, name="Noor", email=email, now=datetime(2027, 3, 1, tzinfo=AMSTERDAM)
        )
    send_due_mail()
    starts = {
        message.to[0]: only_event(attachment(message)).decoded("dtstart")
        for message in mail.outbox
    }
    assert starts["winter@example.org"].astimezone(AMSTERDAM).hour == 19
    assert starts["zomer@example.org"].astimezone(AMSTERDAM).hour == 19
    assert starts["zomer@example.org"].utcoffset() == timedelta(hours=2)
    assert starts["winter@example.org"].utcoffset() == timedelta(hours=1)


def test_the_cancellation_ics_cancels_the_same_entry(session):
    registration = booking.register(
        find_slot(session, session.start), name="Noor", email="noor@example.org"
    )
    booking.cancel(registration)
    send_due_mail()
    confirmation, cancellation = (attachment(m) for m in mail.outbox)
    assert str(cancellation["method"]) == "CANCEL"
    confirmed_event, cancelled_event = (
        only_event(confirmation),
        only_event(cancellation),
    )
    assert cancelled_event["uid"] == confirmed_event["uid"]
    assert str(cancelled_event["status"]) == "CANCELLED"
    assert int(cancelled_event["sequence"]) > int(confirmed_event["sequence"])


def test_only_people_with_a_place_get_the_online_link(calendar):
    online = SessionFactory(
        calendar=calendar,
        place="",
        online_link="https://meet.example.org/oco-intervisie",
        capacity=1,
    )
    slot = find_slot(online, online.start)
    booking.register(slot, name="Noor", email="noor@example.org")
    booking.register(
        find_slot(online, online.start), name="Sem", email="sem@example.org"
    )
    send_due_mail()
    confirmed, waiting = mail.outbox
    assert "meet.example.org" in confirmed.body
    assert "meet.example.org" in str(only_event(attachment(confirmed))["description"])
    assert "meet.example.org" not in waiting.body
    assert waiting.attachments == []
