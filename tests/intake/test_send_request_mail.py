"""The send_request_mail command: its help and its report go through gettext,
with a singular and a plural."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.utils.functional import Promise

from intake.factories import RequestFactory
from intake.management.commands.send_request_mail import Command
from intake.models import RequestMail

pytestmark = pytest.mark.django_db


def waiting_mails(count):
    request_obj = RequestFactory()
    for number in range(count):
        RequestMail.objects.create(
            request=request_obj,
            purpose="matched",
            to=f"lid{number}@example.org",
            subject=f"U bent gekoppeld aan aanvraag {request_obj.reference}",
            body="Tekst",
        )


def run():
    out = StringIO()
    call_command("send_request_mail", stdout=out)
    return out.getvalue().strip()


def test_the_help_is_translatable():
    assert isinstance(Command.help, Promise)
    assert str(Command.help).startswith("Verstuur de mails over aanvragen")


@pytest.mark.parametrize(
    ("count", "report"),
    [(0, "0 mails verstuurd."), (1, "1 mail verstuurd."), (2, "2 mails verstuurd.")],
)
def test_the_report_counts_in_words(count, report, mailoutbox):
    waiting_mails(count)
    assert run() == report
    assert len(mailoutbox) == count
