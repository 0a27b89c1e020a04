"""With the mail server down every public form still works: the person who
sends it is helped, what they sent is saved and its mail waits in an outbox.
Once the server is back, the worker and the cron commands send each mail
exactly once, whichever of them comes first. On the production task backend
(the database), as `manage.py db_worker` runs it."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from . import forms
from .conftest import DATABASE_TASKS, SERVER_DOWN, WORKING

pytestmark = pytest.mark.django_db

# What cron runs in production, every ten minutes (README).
CRON = ["send_request_mail", "send_queued_mail", "send_outbox_mail"]
MAIL_TASKS = [
    "intake.tasks.deliver_request_mail",
    "scheduling.tasks.deliver_mail",
    "home.tasks.deliver_outbox_mail",
]


def run_cron():
    for command in CRON:
        call_command(command, stdout=io.StringIO())


def time_passes(form):
    """The retry is due: the outbox's next attempt and the task's run_after
    are now."""
    now = timezone.now()
    form.outbox.objects.update(next_attempt_at=now)
    mail_tasks().update(run_after=now)


@pytest.fixture
def sent_while_down(
    request, client, coordinator, settings, django_capture_on_commit_callbacks
):
    """The form sent while the mail server is down, and the worker's first
    try."""
    form = forms.WITH_MAIL[request.param]()
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = SERVER_DOWN
    with django_capture_on_commit_callbacks(execute=True):
        response = form.post(client)
    return form, response


def mail_tasks(status="READY"):
    return DBTaskResult.objects.filter(task_path__in=MAIL_TASKS, status=status)


def pending(form):
    return form.outbox.objects.filter(status="pending")


@pytest.mark.parametrize("sent_while_down", forms.WITH_MAIL, indirect=True)
def test_the_sender_is_helped_and_the_mail_waits(sent_while_down, run_worker):
    form, response = sent_while_down
    assert response.status_code == 302
    assert form.saved.objects.exists()
    assert pending(form).exists()
    assert mail_tasks().count() == pending(form).count()

    run_worker()

    assert mail.outbox == []
    assert pending(form).count() == form.outbox.objects.count()
    assert set(pending(form).values_list("attempts", flat=True)) == {1}
    # The worker queued its own retry, for the mail's next attempt.
    retries = mail_tasks()
    assert retries.count() == pending(form).count()
    assert all(retry.run_after > timezone.now() for retry in retries)


@pytest.mark.parametrize("first", ["worker", "cron"])
@pytest.mark.parametrize("sent_while_down", forms.WITH_MAIL, indirect=True)
def test_once_the_server_is_back_each_mail_goes_out_once(
    sent_while_down, first, run_worker, settings
):
    form, _response = sent_while_down
    run_worker()
    settings.EMAIL_BACKEND = WORKING
    time_passes(form)

    steps = [run_worker, run_cron] if first == "worker" else [run_cron, run_worker]
    for step in [*steps, *steps]:
        step()

    sent_to = sorted(address for message in mail.outbox for address in message.to)
    assert sent_to == sorted(form.recipients)
    assert set(form.outbox.objects.values_list("status", flat=True)) == {"sent"}
