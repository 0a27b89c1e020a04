"""The outbox: mail that waits or failed, and trying once more."""

from datetime import timedelta
from unittest import mock

import pytest
from django.core import mail as django_mail
from django.urls import reverse
from django.utils import timezone

from scheduling.models import OutgoingMail

from .conftest import messages_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_mail(db):
    return OutgoingMail.objects.create(
        purpose="confirmed",
        to="vastgelopen@example.org",
        subject="Aangemeld: Training",
        body="U bent aangemeld.",
        status=OutgoingMail.Status.FAILED,
        attempts=8,
        last_error="SMTPServerDisconnected: Connection unexpectedly closed",
        next_attempt_at=timezone.now() + timedelta(hours=6),
    )


@pytest.fixture
def sent_mail(db):
    return OutgoingMail.objects.create(
        purpose="confirmed",
        to="verzonden@example.org",
        subject="Aangemeld: Training",
        body="U bent aangemeld.",
        status=OutgoingMail.Status.SENT,
        sent_at=timezone.now(),
    )


def test_the_outbox_lists_waiting_and_failed_mail_only(
    coordinator_client, failed_mail, sent_mail
):
    response = coordinator_client.get(reverse("scheduling_outbox:index"))

    assert response.status_code == 200
    listed = list(response.context["object_list"])
    assert failed_mail in listed
    assert sent_mail not in listed
    content = response.content.decode()
    assert "Connection unexpectedly closed" in content
    assert "vastgelopen@example.org" in content


def test_trying_again_sends_the_mail_now(coordinator_client, failed_mail):
    response = coordinator_client.post(
        reverse("scheduling_outbox:retry", args=[failed_mail.pk]), follow=True
    )

    failed_mail.refresh_from_db()
    assert failed_mail.status == OutgoingMail.Status.SENT
    assert [message.to for message in django_mail.outbox] == [
        ["vastgelopen@example.org"]
    ]
    assert "De mail aan vastgelopen@example.org is verzonden." in messages_of(response)


def test_a_retry_that_fails_again_says_why(coordinator_client, failed_mail):
    with mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=OSError("Geen verbinding")
    ):
        response = coordinator_client.post(
            reverse("scheduling_outbox:retry", args=[failed_mail.pk]), follow=True
        )

    failed_mail.refresh_from_db()
    assert failed_mail.status == OutgoingMail.Status.FAILED
    assert failed_mail.attempts == 9
    assert "Geen verbinding" in failed_mail.last_error
    assert any("Geen verbinding" in m for m in messages_of(response))
    assert not django_mail.outbox


def test_a_sent_mail_is_not_sent_twice(coordinator_client, sent_mail):
    coordinator_client.post(reverse("scheduling_outbox:retry", args=[sent_mail.pk]))

    assert not django_mail.outbox


def test_retrying_needs_a_post(coordinator_client, failed_mail):
    url = reverse("scheduling_outbox:retry", args=[failed_mail.pk])
    assert coordinator_client.get(url).status_code == 405
