import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from scheduling import booking
from scheduling.models import OutgoingMail, Registration
from scheduling.occurrences import find_slot
from scheduling.tasks import send_due_mail

SERVER_DOWN = "tests.scheduling.failing_mail.ServerDownBackend"


def test_a_mail_server_that_is_down_keeps_the_registration_and_queues_the_mail(
    session, django_capture_on_commit_callbacks
):
    slot = find_slot(session, session.start)
    with (
        override_settings(EMAIL_BACKEND=SERVER_DOWN),
        django_capture_on_commit_callbacks(execute=True),
    ):
        registration = booking.register(slot, name="Mila", email="mila@example.org")

    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
    queued = OutgoingMail.objects.get(registration=registration)
    assert queued.status == OutgoingMail.Status.PENDING
    assert queued.attempts == 1
    assert "SMTPConnectError" in queued.last_error
    assert queued.next_attempt_at > timezone.now()
    assert mail.outbox == []


def test_queued_mail_goes_out_once_the_server_is_back(
    session, django_capture_on_commit_callbacks
):
    slot = find_slot(session, session.start)
    with (
        override_settings(EMAIL_BACKEND=SERVER_DOWN),
        django_capture_on_commit_callbacks(execute=True),
    ):
        booking.register(slot, name="Mila", email="mila@example.org")
    later = timezone.now() + timedelta(hours=1)
    mine = OutgoingMail.objects.filter(to="mila@example.org")
    mine.update(next_attempt_at=later - timedelta(minutes=1))

    # Not yet due: nothing is sent before its next attempt.
    assert send_due_mail() == 0
    mine.update(next_attempt_at=timezone.now())
    call_command("send_queued_mail", stdout=io.StringIO())
    call_command("send_queued_mail", stdout=io.StringIO())

    assert [m.to for m in mail.outbox] == [["mila@example.org"]]
    assert mine.get().status == OutgoingMail.Status.SENT


def test_a_mail_that_keeps_failing_is_given_up_and_stays_visible(
    session, django_capture_on_commit_callbacks
):
    from scheduling.tasks import MAX_ATTEMPTS, send_one

    slot = find_slot(session, session.start)
    with override_settings(EMAIL_BACKEND=SERVER_DOWN):
        with django_capture_on_commit_callbacks(execute=True):
            booking.register(slot, name="Mila", email="mila@example.org")
        queued = OutgoingMail.objects.get(to="mila@example.org")
        for _attempt in range(MAX_ATTEMPTS):
            OutgoingMail.objects.filter(pk=queued.pk).update(
                next_attempt_at=timezone.now()
            )
            send_one(queued.pk)
    queued.refresh_from_db()
    assert queued.status == OutgoingMail.Status.FAILED
    assert queued.attempts == MAX_ATTEMPTS


def test_the_confirmation_carries_the_session_and_working_links(session, client):
    slot = find_slot(session, session.start)
    booking.register(slot, name="Mila", email="mila@example.org")
    send_due_mail()
    (message,) = mail.outbox
    assert message.subject.startswith("Aangemeld: Training gespreksvoering")
    assert "Stadhuisplein 1, Almere" in message.body
    links = [line for line in message.body.splitlines() if "http://testserver/" in line]
    assert any("/sessies/afmelden/" in line for line in links)
    feed = next(line for line in links if "/sessies/mijn-sessies/" in line)
    response = client.get(feed.strip().removeprefix("http://testserver"))
    assert response.status_code == 200
    assert b"Training gespreksvoering" in response.content


def test_on_a_queueing_backend_a_failed_send_queues_its_own_retry(session):
    """The database backend (production) can run a task later: a failed send
    enqueues itself again for the time of its next attempt."""
    from django_tasks import default_task_backend

    from scheduling.tasks import deliver_mail

    slot = find_slot(session, session.start)
    with override_settings(
        EMAIL_BACKEND=SERVER_DOWN,
        TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
    ):
        registration = booking.register(slot, name="Mila", email="mila@example.org")
        queued = OutgoingMail.objects.get(registration=registration)
        deliver_mail.call(queued.pk)
        (retry,) = default_task_backend.results

    queued.refresh_from_db()
    assert retry.args == [queued.pk]
    assert retry.task.run_after == queued.next_attempt_at
    assert queued.status == OutgoingMail.Status.PENDING
