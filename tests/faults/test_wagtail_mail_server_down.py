"""Wagtail sends its own notices at once, in the request: a change submitted
for approval, approved or rejected; new comments; a password reset. With the
mail server down none of these actions ends in a server error; the notice is
dropped with a line in the log (Wagtail's choice: they are notices, and the
action is what counts).

The server here answers "421 not available" when the connection opens. Wagtail
handles only a refused connection or a timeout at that moment, so with
Django's own SMTP backend the action fails; the site's backend
(home.mail_backend, production) lets the error come at sending, where Wagtail
handles it."""

import smtplib

import pytest
from wagtail.admin.mail import send_notification
from wagtail.models import WorkflowState

from pool.models import Member
from tests.pool.editing import member_data
from tests.pool.test_contact_person_workflow import approve, submit

from .smtp_server import SMTPServer

pytestmark = pytest.mark.django_db

SITE_BACKEND = "home.mail_backend.EmailBackend"


@pytest.fixture
def server_down(settings):
    with SMTPServer(refuse=True) as server:
        settings.EMAIL_BACKEND = SITE_BACKEND
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5
        yield server


def changed_roster(group):
    alma, arie = group.members.all()
    return [member_data(alma, phone="06 99887766"), member_data(arie)]


def in_progress(page):
    return WorkflowState.objects.filter(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )


def test_a_change_is_submitted_and_approved(
    client, contact_a, coordinator, group_a, server_down
):
    client.force_login(contact_a)
    assert submit(client, group_a, changed_roster(group_a)).status_code == 302
    assert in_progress(group_a).exists()

    client.force_login(coordinator)
    assert approve(client, group_a).status_code == 302
    assert not in_progress(group_a).exists()
    assert group_a.members.get(name="Alma Alfalid").phone == "06 99887766"
    assert server_down.messages == []


def test_with_djangos_own_backend_the_submission_would_fail(
    client, contact_a, coordinator, group_a, server_down, settings
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    client.force_login(contact_a)
    with pytest.raises(smtplib.SMTPConnectError):
        submit(client, group_a, changed_roster(group_a))
    assert not in_progress(group_a).exists()
    assert Member.objects.get(name="Alma Alfalid").phone != "06 99887766"


def test_comment_notices_are_dropped_without_an_error(coordinator, server_down):
    sent = send_notification(
        [coordinator],
        "updated_comments",
        {
            "page": None,
            "editor": coordinator,
            "new_comments": [],
            "resolved_comments": [],
            "deleted_comments": [],
            "replied_comments": [],
        },
    )
    assert sent is False


def test_a_password_reset_is_answered_as_usual(client, coordinator, server_down):
    response = client.post("/admin/password_reset/", {"email": coordinator.email})
    assert response.status_code == 302
    assert server_down.messages == []
