"""The four public forms as a browser sends them, for the fault tests: each
knows its page, what it saves and the outbox its mail waits in."""

from dataclasses import dataclass

from django.db import models
from wagtail.contrib.forms.models import FormSubmission

from home.models import FormNotificationMail
from intake.models import Request, RequestMail
from intake.notifications import coordinator_addresses
from pool import declaration_links
from pool.models import Declaration, DeclarationLinkMail, OtherAllowance
from scheduling.models import OutgoingMail, Registration
from tests.intake.test_form_data import valid_data as request_data
from tests.pool.declaration_page import form_data as declaration_data

from . import content


@dataclass
class Form:
    """What a test needs to know of one form."""

    url: str
    data: dict
    saved: type[models.Model]
    # Where its mail waits; for the declaration, its second table.
    outbox: type[models.Model]
    recipients: list[str]
    # The submission's second write: (object, attribute) to make fail.
    second_write: tuple[object, str] | None = None

    def post(self, client):
        return client.post(self.url, self.data)


def request_form() -> Form:
    page = content.request_page()
    return Form(
        url=page.url,
        data=request_data(),
        saved=Request,
        outbox=RequestMail,
        # The resident's confirmation, and the notice to the coordinators.
        recipients=[request_data()["email"], *coordinator_addresses()],
        second_write=(RequestMail.objects, "create"),
    )


def registration() -> Form:
    page, slot = content.agenda_slot()
    return Form(
        url=page.subpage_url(page.url, "detail", slot),
        data={"name": "Rik Registratie", "email": "rik@example.org"},
        saved=Registration,
        outbox=OutgoingMail,
        recipients=["rik@example.org"],
        second_write=(OutgoingMail.objects, "create"),
    )


def feedback() -> Form:
    page = content.feedback_page(to_address="coordinatoren@example.org")
    return Form(
        url=page.url,
        data=content.feedback_data(page),
        saved=FormSubmission,
        outbox=FormNotificationMail,
        recipients=["coordinatoren@example.org"],
        second_write=(FormNotificationMail.objects, "create"),
    )


def declaration_link() -> Form:
    """Asking for the personal link: it saves only the mail."""
    page = content.declaration_page()
    member = content.member()
    return Form(
        url=page.url,
        data={"email": member.email},
        saved=DeclarationLinkMail,
        outbox=DeclarationLinkMail,
        recipients=[member.email],
    )


def declaration() -> Form:
    """A declaration through the personal link, with an allowance for other
    volunteer work that month: two rows, no mail."""
    member = content.member()
    page = content.declaration_page()
    token = declaration_links.make(member)
    url = page.url + page.reverse_subpage("personal", args=[token])
    return Form(
        url=url,
        data=declaration_data(
            member, other_amount="25", other_organisation="Voedselbank Almere"
        ),
        saved=Declaration,
        outbox=OtherAllowance,
        recipients=[],
        second_write=(OtherAllowance, "save"),
    )


WITH_MAIL = {
    "request form": request_form,
    "registration": registration,
    "feedback": feedback,
    "declaration link": declaration_link,
}
ALL = {**WITH_MAIL, "declaration": declaration}
# The forms that write twice in one submission.
TWO_WRITES = {name: ALL[name] for name in ALL if name != "declaration link"}
