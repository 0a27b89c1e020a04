import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command

from scheduling import booking
from scheduling.changes import move_occurrence
from scheduling.models import OutgoingMail
from scheduling.occurrences import find_slot
from scheduling.reminders import send_reminders
from scheduling.tasks import send_due_mail


def reminders():
    return [m for m in mail.outbox if m.subject.startswith("Herinnering")]


def queued_reminders(session):
    """Reminders for this session only (the initial content has sessions too)."""
    return OutgoingMail.objects.filter(
        purpose="reminder", registration__occurrence__event=session
    ).count()


def sent_reminders(session):
    return [m for m in reminders() if session.title in m.subject]


def test_the_reminder_goes_out_once_two_days_before(session):
    confirmed = booking.register(
        find_slot(session, session.start),
        name="Noor",
        email="noor@example.org",
        now=session.start - timedelta(days=5),
    )
    send_reminders(now=session.start - timedelta(days=3))
    assert queued_reminders(session) == 0

    a_day_and_a_half_before = session.start - timedelta(hours=36)
    send_reminders(now=a_day_and_a_half_before)
    assert queued_reminders(session) == 1
    send_reminders(now=a_day_and_a_half_before + timedelta(hours=1))
    assert queued_reminders(session) == 1
    send_due_mail()
    (reminder,) = sent_reminders(session)
    assert reminder.to == [confirmed.email]
    assert "Stadhuisplein" in reminder.body


def test_the_command_can_run_every_hour_without_sending_twice(session):
    booking.register(
        find_slot(session, session.start), name="Noor", email="noor@example.org"
    )
    # Move the occurrence to tomorrow evening so the reminder is due now.
    slot = find_slot(session, session.start)
    move_occurrence(
        slot, session.start - timedelta(days=13), session.end - timedelta(days=13)
    )
    for _hour in range(3):
        call_command("send_session_reminders", stdout=io.StringIO())
    send_due_mail()
    assert len(sent_reminders(session)) == 1


def test_nobody_on_the_waiting_list_or_cancelled_gets_a_reminder(session):
    session.capacity = 1
    session.save()
    slot = find_slot(session, session.start)
    first = booking.register(slot, name="Noor", email="noor@example.org")
    booking.register(
        find_slot(session, session.start), name="Sem", email="sem@example.org"
    )
    booking.register(
        find_slot(session, session.start), name="Tess", email="tess@example.org"
    )
    booking.cancel(first)  # Sem moves up, Tess waits
    send_reminders(now=session.start - timedelta(hours=30))
    send_due_mail()
    assert [m.to for m in sent_reminders(session)] == [["sem@example.org"]]
