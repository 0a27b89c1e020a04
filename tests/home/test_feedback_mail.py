"""The optional notice by mail: none without an address; with one, a short
mail that links to the responses in the admin and does not repeat them. A mail
server that is down costs no response."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission

from .feedback import form_page, submit

pytestmark = pytest.mark.django_db


def with_address(**fields):
    page = form_page()
    page.to_address = "coordinatoren@example.org"
    for name, value in fields.items():
        setattr(page, name, value)
    page.save()
    return page


def test_no_address_no_mail(client, django_capture_on_commit_callbacks):
    assert form_page().to_address == ""
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        submit(client)
    assert callbacks == []
    assert FormSubmission.objects.count() == 1
    assert mail.outbox == []


def test_with_an_address_a_mail_links_to_the_responses(
    client, django_capture_on_commit_callbacks
):
    page = with_address()
    with django_capture_on_commit_callbacks(execute=True):
        submit(client)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["coordinatoren@example.org"]
    assert page.title in message.subject
    assert reverse("wagtailforms:list_submissions", args=[page.pk]) in message.body
    assert "consulent@example.org" not in message.body
    assert "goed voorbereid" not in message.body


def test_the_editors_subject_is_used(client, django_capture_on_commit_callbacks):
    with_address(subject="Nieuwe feedback")
    with django_capture_on_commit_callbacks(execute=True):
        submit(client)
    assert mail.outbox[0].subject == "Nieuwe feedback"


def test_a_failing_mail_server_loses_no_response(
    client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.home.test_feedback_mail.BrokenBackend"
    page = with_address()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = submit(client)
    assert len(callbacks) == 1
    assert response.status_code == 302
    assert FormSubmission.objects.filter(page=page).count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("no mail server")
