"""Who is told what about a request, and that a failing mail server loses
nothing and sends nothing twice."""

import pytest
from django.core import mail as django_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from wagtail.models import Site

from home.models import ContactSettings
from intake import notifications, workflow
from intake.factories import RequestFactory
from intake.models import RequestMail
from intake.tasks import send_due

pytestmark = pytest.mark.django_db

NAME = "Cornelia Notificatietest"
PHONE = "06 24681357"
EMAIL = "cornelia.notificatie@example.org"
POSTCODE = "1334 QQ"
PERSONAL = [NAME, PHONE, EMAIL, POSTCODE, "Notificatietest"]


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server unreachable")


@pytest.fixture
def request_obj(db):
    return RequestFactory(
        name=NAME,
        phone=PHONE,
        email=EMAIL,
        postcode=POSTCODE,
        conversation_subject="Notificatietest: gesprek over hulp thuis",
    )


@pytest.fixture
def alma(group_a):
    return group_a.members.get(name="Alma Alfalid")


@pytest.fixture
def sent(django_capture_on_commit_callbacks):
    """Run the given change and send its mails as after a commit; the mails."""

    def run(change):
        django_mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            result = change()
        return result, list(django_mail.outbox)

    return run


def approve(request_obj, member, user):
    return workflow.approve(workflow.propose(request_obj, member, user), user)


def to(mails, address):
    return [message for message in mails if message.to == [address]]


def assert_nothing_personal(text):
    for value in PERSONAL:
        assert value not in text


def test_the_matched_member_gets_the_reference_and_nothing_personal(
    request_obj, alma, coordinator, sent
):
    _trajectory, mails = sent(lambda: approve(request_obj, alma, coordinator))
    [message] = to(mails, "alma@example.org")
    assert request_obj.reference in message.subject
    assert request_obj.reference in message.body
    assert "Alma Alfalid" in message.body
    assert "alleen als de inwoner daar toestemming voor geeft" in message.body
    assert "als de inwoner erbij is" in message.body
    assert_nothing_personal(message.subject + message.body)


def test_the_first_trajectory_is_told_to_the_contact_person_once(
    alma, contact_a, coordinator, sent
):
    _trajectory, mails = sent(lambda: approve(RequestFactory(), alma, coordinator))
    [notice] = to(mails, contact_a.email)
    assert "Alma Alfalid" in notice.body
    assert "eerste" in notice.subject.lower()
    _trajectory, mails = sent(lambda: approve(RequestFactory(), alma, coordinator))
    assert to(mails, contact_a.email) == []
    assert RequestMail.objects.filter(purpose="first_trajectory").count() == 1


def test_an_inactive_contact_person_is_not_mailed(alma, contact_a, coordinator, sent):
    contact_a.is_active = False
    contact_a.save()
    _trajectory, mails = sent(lambda: approve(RequestFactory(), alma, coordinator))
    assert to(mails, contact_a.email) == []
    assert not RequestMail.objects.filter(purpose="first_trajectory").exists()


def test_sharing_tells_the_contact_person(
    request_obj, group_a, contact_a, coordinator, sent
):
    _request, mails = sent(
        lambda: workflow.share_with_group(request_obj, group_a, coordinator)
    )
    [message] = to(mails, contact_a.email)
    assert request_obj.reference in message.subject
    assert "/admin/gedeelde-aanvragen/" in message.body
    assert "het beheergedeelte van de website" in message.body
    assert ";" not in message.body
    assert "Met vriendelijke groet," in message.body
    assert_nothing_personal(message.subject + message.body)


def test_only_the_residents_confirmation_goes_to_the_resident(
    request_obj, coordinator, sent
):
    _result, mails = sent(lambda: notifications.request_received(request_obj))
    [confirmation] = to(mails, EMAIL)
    assert request_obj.reference in confirmation.body
    assert "Samen zoeken wij" in confirmation.body
    assert " we " not in confirmation.body
    [new] = to(mails, coordinator.email)
    assert_nothing_personal(new.subject + new.body)


def test_the_confirmation_says_how_to_reach_oco_almere(
    request_obj, coordinator, sent, site
):
    contact = ContactSettings.for_site(site)
    contact.oco_phone = "(036) 765 43 21"
    contact.oco_email = "vragen@oco.example.org"
    contact.oco_availability = "op dinsdag en donderdag"
    contact.save()
    _result, mails = sent(lambda: notifications.request_received(request_obj))
    [confirmation] = to(mails, EMAIL)
    assert "(036) 765 43 21" in confirmation.body
    assert "vragen@oco.example.org" in confirmation.body
    assert "op dinsdag en donderdag" in confirmation.body
    [new] = to(mails, coordinator.email)
    assert_nothing_personal(new.subject + new.body)


def test_the_confirmation_goes_out_without_a_default_site(
    request_obj, coordinator, sent
):
    Site.objects.update(is_default_site=False)
    _result, mails = sent(lambda: notifications.request_received(request_obj))
    [confirmation] = to(mails, EMAIL)
    assert request_obj.reference in confirmation.body


def test_subjects_never_hold_personal_data(
    request_obj, group_a, alma, contact_a, coordinator, sent
):
    notifications.request_received(request_obj)
    workflow.share_with_group(request_obj, group_a, coordinator)
    trajectory = workflow.propose(request_obj, alma, contact_a)
    workflow.approve(trajectory, coordinator)
    purposes = set(RequestMail.objects.values_list("purpose", flat=True))
    assert purposes == {
        "confirmation",
        "new_request",
        "shared",
        "proposal",
        "matched",
        "first_trajectory",
    }
    for stored in RequestMail.objects.all():
        assert_nothing_personal(stored.subject)
        if stored.purpose != "confirmation":
            assert_nothing_personal(stored.body)


def test_with_smtp_failing_the_mail_waits_and_is_sent_later_once(
    request_obj, alma, coordinator, settings, sent
):
    settings.EMAIL_BACKEND = "tests.intake.test_notifications.FailingBackend"
    _trajectory, mails = sent(lambda: approve(request_obj, alma, coordinator))
    assert mails == []
    stored = RequestMail.objects.get(purpose="matched")
    assert stored.status == RequestMail.Status.PENDING
    assert stored.attempts == 1
    assert stored.last_error == "ConnectionRefusedError"
    assert stored.next_attempt_at > timezone.now()
    assert send_due() == 0  # not due yet: it waits before the next attempt

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    RequestMail.objects.update(next_attempt_at=timezone.now())
    waiting = RequestMail.objects.count()
    assert send_due() == waiting
    stored.refresh_from_db()
    assert stored.status == RequestMail.Status.SENT
    assert stored.sent_at is not None
    assert len(to(django_mail.outbox, "alma@example.org")) == 1
    assert send_due() == 0
    assert len(to(django_mail.outbox, "alma@example.org")) == 1
