"""The resident's confirmation is in the language of the form; the notice to
the coordinators stays Dutch, also when the mail is written or sent later
outside the resident's request."""

import pytest
from django.core import mail as django_mail
from django.utils import translation

from intake import notifications, tasks
from intake.factories import RequestFactory
from intake.models import Request, RequestMail
from tests.intake.test_form_data import VALID, valid_data

pytestmark = pytest.mark.django_db


def mails_by_recipient(mailoutbox, address):
    resident = [m for m in mailoutbox if m.to == [address]]
    others = [m for m in mailoutbox if m.to != [address]]
    return resident, others


def test_an_english_request_gets_an_english_confirmation(
    english, client, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/request-an-oco/", valid_data())
    reference = Request.objects.get().reference
    (confirmation,), (notice,) = mails_by_recipient(mailoutbox, VALID["email"])
    assert confirmation.subject == f"Your request for an OCO: reference {reference}"
    assert "We have received your request" in confirmation.body
    assert f"Your reference is: {reference}" in confirmation.body
    assert "Kind regards," in confirmation.body
    assert "Goedendag" not in confirmation.body
    assert notice.to == [coordinator.email]
    assert notice.subject == f"Nieuwe aanvraag {reference}"
    assert "Er is een nieuwe aanvraag" in notice.body


def test_a_dutch_request_gets_a_dutch_confirmation(
    english, client, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/oco-aanvragen/", valid_data())
    (confirmation,), _notices = mails_by_recipient(mailoutbox, VALID["email"])
    assert confirmation.subject.startswith("Uw aanvraag voor een OCO")
    assert "Goedendag," in confirmation.body


@pytest.mark.parametrize("active", ["nl", "en"])
def test_the_stored_language_decides_whatever_language_is_active(coordinator, active):
    request_obj = RequestFactory(email="sam@example.org", language="en")
    with translation.override(active):
        notifications.request_received(request_obj)
    confirmation = RequestMail.objects.get(purpose="confirmation")
    notice = RequestMail.objects.get(purpose="new_request")
    assert confirmation.subject.startswith("Your request for an OCO")
    assert "We have received your request" in confirmation.body
    assert notice.subject.startswith("Nieuwe aanvraag")


def test_a_retry_by_the_worker_sends_the_english_text(coordinator):
    request_obj = RequestFactory(email="sam@example.org", language="en")
    notifications.request_received(request_obj)
    confirmation = RequestMail.objects.get(purpose="confirmation")
    django_mail.outbox.clear()
    with translation.override("nl"):
        assert tasks.send(confirmation.pk)
    (sent,) = [m for m in django_mail.outbox if m.to == ["sam@example.org"]]
    assert sent.subject.startswith("Your request for an OCO")
    assert "Kind regards," in sent.body
