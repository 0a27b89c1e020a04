"""The outbox of request mail: what waits or failed, for coordinators, with
a way to try once more."""

import datetime

import pytest
from django.core import mail as django_mail
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone

from intake import tasks
from intake.admin_views.outbox import BUSY_MESSAGE
from intake.factories import RequestFactory
from intake.models import RequestMail

pytestmark = pytest.mark.django_db

INDEX = reverse("intake_outbox:index")


@pytest.fixture
def mails(db):
    request_obj = RequestFactory()

    def make(status, to):
        return RequestMail.objects.create(
            request=request_obj,
            purpose="matched",
            to=to,
            subject=f"U bent gekoppeld aan aanvraag {request_obj.reference}",
            body="Tekst",
            status=status,
            attempts=8 if status == RequestMail.Status.FAILED else 0,
            last_error="SMTPServerDisconnected",
        )

    return {
        "failed": make(RequestMail.Status.FAILED, "mislukt@example.org"),
        "pending": make(RequestMail.Status.PENDING, "wacht@example.org"),
        "sent": make(RequestMail.Status.SENT, "verzonden@example.org"),
    }


def test_waiting_and_failed_mail_is_listed(client, coordinator, mails):
    client.force_login(coordinator)
    html = client.get(INDEX).content.decode()
    assert "mislukt@example.org" in html and "wacht@example.org" in html
    assert "verzonden@example.org" not in html
    assert "SMTPServerDisconnected" in html
    request_url = reverse("intake_requests:inspect", args=[mails["failed"].request_id])
    assert request_url in html


def test_the_listing_of_requests_warns_about_failed_mail(client, coordinator, mails):
    client.force_login(coordinator)
    html = client.get(reverse("intake_requests:index")).content.decode()
    assert "1 mail over een aanvraag kon niet worden verzonden." in html
    assert INDEX in html


def test_trying_again_sends_the_mail(client, coordinator, mails):
    client.force_login(coordinator)
    failed = mails["failed"]
    response = client.post(
        reverse("intake_outbox:retry", args=[failed.pk]), follow=True
    )
    assert response.status_code == 200
    failed.refresh_from_db()
    assert failed.status == RequestMail.Status.SENT
    assert [message.to for message in django_mail.outbox] == [[failed.to]]


def test_a_sent_mail_is_not_sent_twice(client, coordinator, mails):
    client.force_login(coordinator)
    client.post(reverse("intake_outbox:retry", args=[mails["sent"].pk]))
    assert django_mail.outbox == []


def retry(client, mail):
    response = client.post(reverse("intake_outbox:retry", args=[mail.pk]), follow=True)
    assert response.status_code == 200
    return [(m.level_tag, str(m).strip()) for m in response.context["messages"]]


def test_a_mail_a_worker_is_sending_is_left_alone(client, coordinator, mails):
    pending = mails["pending"]
    now = timezone.now()
    # A worker holds the mail under its lease while it sends it.
    assert tasks.take(pending.pk, now) is not None
    client.force_login(coordinator)
    messages = retry(client, pending)
    assert messages == [("warning", str(BUSY_MESSAGE))]
    pending.refresh_from_db()
    assert pending.next_attempt_at == now + tasks.LEASE
    assert pending.status == RequestMail.Status.PENDING
    assert django_mail.outbox == []


def test_a_mail_waiting_for_its_next_attempt_is_left_alone(client, coordinator, mails):
    pending = mails["pending"]
    later = timezone.now() + datetime.timedelta(minutes=4)
    RequestMail.objects.filter(pk=pending.pk).update(next_attempt_at=later)
    client.force_login(coordinator)
    assert retry(client, pending)[0][0] == "warning"
    pending.refresh_from_db()
    assert pending.next_attempt_at == later
    assert django_mail.outbox == []


def test_a_due_waiting_mail_can_be_sent_now(client, coordinator, mails):
    pending = mails["pending"]
    client.force_login(coordinator)
    assert retry(client, pending) == [("success", "De mail wordt opnieuw verstuurd.")]
    pending.refresh_from_db()
    assert pending.status == RequestMail.Status.SENT
    assert [message.to for message in django_mail.outbox] == [[pending.to]]


def test_the_messages_name_no_address(client, coordinator, mails, monkeypatch):
    client.force_login(coordinator)
    texts = [text for _level, text in retry(client, mails["failed"])]

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError

    monkeypatch.setattr(EmailMessage, "send", refuse)
    RequestMail.objects.filter(pk=mails["pending"].pk).update(
        status=RequestMail.Status.FAILED
    )
    texts += [text for _level, text in retry(client, mails["pending"])]
    assert texts
    for text in texts:
        assert "@" not in text
