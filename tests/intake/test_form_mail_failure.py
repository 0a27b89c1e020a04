"""With the mail server down, nothing is lost: the request is saved, the
resident is thanked with the reference, and the mail waits in the outbox
until a later run sends it."""

import smtplib

import pytest
from django.test import override_settings
from django.utils import timezone

from intake import tasks
from intake.models import Request, RequestMail

from .test_form_data import VALID, submit

pytestmark = pytest.mark.django_db

DOWN = "tests.intake.test_form_mail_failure.ServerDownBackend"


class ServerDownBackend:
    """A mail backend whose server does not answer."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPException("Connection refused")


@pytest.fixture
def sent_while_down(client, coordinator, django_capture_on_commit_callbacks):
    with override_settings(EMAIL_BACKEND=DOWN):
        with django_capture_on_commit_callbacks(execute=True):
            response = submit(client)
        thanks = client.get(response["Location"])
    return response, thanks


def test_the_request_is_saved_and_the_resident_thanked(sent_while_down):
    response, thanks = sent_while_down
    request_obj = Request.objects.get()
    assert response.status_code == 302
    assert thanks.status_code == 200
    assert request_obj.reference in thanks.content.decode()


def test_the_mails_wait_in_the_outbox_after_one_attempt(sent_while_down, mailoutbox):
    mails = RequestMail.objects.all()
    assert {mail.purpose for mail in mails} == {"confirmation", "new_request"}
    for mail in mails:
        assert mail.status == RequestMail.Status.PENDING
        assert mail.attempts == 1
        assert mail.last_error == "SMTPException"
    assert mailoutbox == []


def test_a_later_run_sends_them_once(sent_while_down, mailoutbox):
    RequestMail.objects.update(next_attempt_at=timezone.now())
    assert tasks.send_due() == 2
    assert tasks.send_due() == 0
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(
        [VALID["email"], "coordinator-test@example.org"]
    )
    assert set(RequestMail.objects.values_list("status", flat=True)) == {"sent"}
