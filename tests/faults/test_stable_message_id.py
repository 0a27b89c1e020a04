"""Every attempt to send one outbox row carries the same Message-ID: when the
server took a mail but the worker never heard so, the mail goes out again,
and a mail program shows the two as one. Two rows never share one."""

import smtplib
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

from home import outbox
from intake import mail as intake_mail
from intake import tasks as intake_tasks
from intake.factories import RequestFactory
from pool.declaration_mail import queue_declaration_link
from scheduling import booking
from scheduling import tasks as scheduling_tasks

from . import content
from .conftest import WORKING

pytestmark = pytest.mark.django_db

TOOK_IT = "tests.faults.test_stable_message_id.TookItThenDropped"


class TookItThenDropped(BaseEmailBackend):
    """The server has the mail, and the connection drops before it says so."""

    taken = []

    def send_messages(self, email_messages):
        self.taken.extend(message.message()["Message-ID"] for message in email_messages)
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


def request_mails():
    request_obj = RequestFactory()
    rows = intake_mail.queue(
        request_obj, "confirmation", ["a@example.org", "b@example.org"]
    )
    return [row.pk for row in rows], intake_tasks.send


def registration_mails():
    _page, slot = content.agenda_slot()
    rows = [
        booking.register(slot, name=name, email=f"{name}@example.org").mails.get()
        for name in ("anna", "bram")
    ]
    return [row.pk for row in rows], scheduling_tasks.send_one


def declaration_links():
    page = content.declaration_page()
    rows = [
        queue_declaration_link(content.member(email), page)
        for email in ("anna@example.org", "bram@example.org")
    ]
    label = rows[0]._meta.label_lower
    return [row.pk for row in rows], lambda pk, now=None: outbox.send(label, pk, now)


@pytest.mark.parametrize("make", [request_mails, registration_mails, declaration_links])
def test_a_retry_carries_the_same_message_id(make, settings):
    TookItThenDropped.taken = []
    settings.EMAIL_BACKEND = TOOK_IT
    ids, send = make()
    for pk in ids:
        assert send(pk) is False

    settings.EMAIL_BACKEND = WORKING
    later = timezone.now() + timedelta(hours=1)
    for pk in ids:
        assert send(pk, now=later) is True

    resent = [message.message()["Message-ID"] for message in mail.outbox]
    assert resent == TookItThenDropped.taken
    assert len(set(resent)) == len(ids)
