"""The personal declaration link waits in the outbox without being written
down: the row and its task hold ids only, and the link is made when the mail
goes out. So a copy of the database holds no link that works, also while the
mail server is down."""

import json

import pytest
from django.core import mail
from django.forms.models import model_to_dict
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from home import outbox
from pool.models import DeclarationLinkMail
from tests.pool.declaration_page import link_in

from . import content
from .conftest import DATABASE_TASKS, SERVER_DOWN, WORKING

pytestmark = pytest.mark.django_db


def test_the_link_is_made_when_the_mail_goes_out(
    client, settings, run_worker, django_capture_on_commit_callbacks
):
    page, member = content.declaration_page(), content.member()
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = SERVER_DOWN
    with django_capture_on_commit_callbacks(execute=True):
        client.post(page.url, {"email": member.email})
    run_worker()

    row = DeclarationLinkMail.objects.get()
    assert row.status == "pending"
    stored = json.dumps(model_to_dict(row), default=str)
    stored += json.dumps([task.args_kwargs for task in DBTaskResult.objects.all()])
    assert "/link/" not in stored
    task = DBTaskResult.objects.filter(status="READY").get(
        task_path="home.tasks.deliver_outbox_mail"
    )
    assert task.args_kwargs == {
        "args": ["pool.declarationlinkmail", row.pk],
        "kwargs": {},
    }

    settings.EMAIL_BACKEND = WORKING
    assert outbox.send(row._meta.label_lower, row.pk, now=row.next_attempt_at)
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert client.get(link_in(message)).status_code == 200
    assert DeclarationLinkMail.objects.get().sent_at <= timezone.now()
