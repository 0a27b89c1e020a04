"""A worker killed (SIGKILL) while it sends a mail: the mail goes out once
after a restart, not zero times and not twice.

The worker is `manage.py db_worker` in a process of its own, on the test
database and a small SMTP server of the test's that stalls the first time it
is asked to take a mail. Killed there, it leaves the mail pending under its
lease, and its task "running": django-tasks-db never picks up a task whose
worker died, so a restarted worker does not send it. The cron command does,
once the lease has passed (run here, in the test's process).

The one window that cannot be closed: the server took the mail and the worker
died before it recorded that. The mail then goes out twice, with the same
Message-ID, so that a mail program shows it once."""

import io
import os
import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from intake import mail as intake_mail
from intake.factories import RequestFactory
from intake.models import RequestMail
from pool.declaration_mail import queue_declaration_link
from pool.models import DeclarationLinkMail
from scheduling import booking
from scheduling.models import OutgoingMail

from . import content
from .conftest import DATABASE_TASKS
from .smtp_server import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

# A worker process starts in a few seconds; this is the most it may take.
START_TIMEOUT = 30


def request_mail():
    request_obj = RequestFactory(email="resident@example.org")
    return lambda: intake_mail.queue(request_obj, "confirmation", [request_obj.email])


def registration_mail():
    _page, slot = content.agenda_slot()
    return lambda: booking.register(
        slot, name="Rik Registratie", email="rik@example.org"
    )


def declaration_link():
    member, page = content.member(), content.declaration_page()
    return lambda: queue_declaration_link(member, page)


# How to write each outbox's mail (after building what it is about), its
# outbox, and the cron command that sends what is due in it.
OUTBOXES = {
    "request mail": (request_mail, RequestMail, "send_request_mail"),
    "registration mail": (registration_mail, OutgoingMail, "send_queued_mail"),
    "declaration link": (declaration_link, DeclarationLinkMail, "send_outbox_mail"),
}


def url_of_the_test_database():
    """The test database, for a process of its own."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{quote(database['USER'])}:{quote(database['PASSWORD'])}"
        f"@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )


def environment(server):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.faults.worker_settings",
        "DATABASE_URL": url_of_the_test_database(),
        "EMAIL_PORT": str(server.port),
    }


def manage(*args):
    return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *args]


def killed_while_sending(server):
    """Start a worker, kill it once it hangs in the send."""
    worker = subprocess.Popen(
        manage("db_worker", "--no-startup-delay", "--no-reload", "--interval=0.1"),
        cwd=settings.BASE_DIR,
        env=environment(server),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        hanging = server.stalled.wait(START_TIMEOUT)
    finally:
        worker.send_signal(signal.SIGKILL)
        output = worker.communicate(timeout=START_TIMEOUT)[0].decode()
    assert hanging, output


def run_cron(server, command):
    """The cron command, here; sending to the test's SMTP server."""
    with override_settings(
        EMAIL_BACKEND="home.mail_backend.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=server.port,
    ):
        call_command(command, stdout=io.StringIO())


def queued(outbox, settings):
    """One mail in the outbox and its task in the database, for the worker."""
    prepare, model, cron_command = OUTBOXES[outbox]
    write = prepare()
    settings.TASKS = DATABASE_TASKS
    with transaction.atomic():
        write()
    (mail,) = model.objects.all()
    (task,) = DBTaskResult.objects.filter(status="READY")
    return mail, task, cron_command


def lease_passes(mail):
    type(mail).objects.update(next_attempt_at=timezone.now() - timedelta(seconds=1))


@pytest.mark.parametrize("outbox", OUTBOXES)
def test_a_killed_worker_sends_the_mail_once_after_a_restart(
    outbox, settings, run_worker
):
    mail, task, cron_command = queued(outbox, settings)

    with SMTPServer(stall_once_at="DATA") as server:
        killed_while_sending(server)
        mail.refresh_from_db()
        assert mail.status == "pending" and mail.attempts == 1
        assert mail.next_attempt_at > timezone.now()  # the lease
        task.refresh_from_db()
        assert task.status == "RUNNING"

        # A restarted worker leaves the task of the worker that died alone.
        run_worker()
        task.refresh_from_db()
        assert task.status == "RUNNING"
        assert server.messages == []

        # Cron, once the lease has passed; and again, ten minutes later.
        lease_passes(mail)
        run_cron(server, cron_command)
        run_cron(server, cron_command)

    assert len(server.messages) == 1
    mail.refresh_from_db()
    assert mail.status == "sent" and mail.attempts == 2


def test_killed_after_the_server_took_the_mail_it_goes_out_twice_as_one(settings):
    """The window no outbox closes, with what softens it: the same Message-ID."""
    mail, _task, cron_command = queued("request mail", settings)

    with SMTPServer(stall_once_at="QUIT") as server:
        killed_while_sending(server)
        mail.refresh_from_db()
        assert mail.status == "pending" and len(server.messages) == 1
        lease_passes(mail)
        run_cron(server, cron_command)

    first, second = server.parsed()
    assert first["Message-ID"] == second["Message-ID"]
    mail.refresh_from_db()
    assert mail.status == "sent"
