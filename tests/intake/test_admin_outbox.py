"""The outbox of request mail: what waits or failed, for coordinators, with
a way to try once more."""

import pytest
from django.core import mail as django_mail
from django.urls import reverse

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
