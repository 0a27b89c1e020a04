"""The daily command reminds the member of a keep-in-touch moment once, by a
mail with the reference and nothing of the resident; a member who left is
replaced by a notice to the coordinators."""

import datetime
import io

import pytest
from django.core import mail as outbox
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake import keep_in_touch, workflow
from intake.choices import EndReason
from intake.factories import KeepInTouchFactory, RequestFactory
from intake.models import KeepInTouch, Request, RequestMail
from intake.tasks import send_due
from pool.factories import MemberFactory
from tests.intake.conftest import KEEP_IN_TOUCH_RESIDENT

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


def run(*args):
    out = io.StringIO()
    call_command("send_keep_in_touch_reminders", *args, stdout=out)
    return out.getvalue()


def reminders():
    return RequestMail.objects.filter(purpose="keep_in_touch").order_by("pk")


def ended(coordinator, member):
    request_obj = RequestFactory()
    running = workflow.approve(
        workflow.propose(request_obj, member, coordinator), coordinator
    )
    workflow.end_trajectory(running, EndReason.DONE, coordinator)
    running.refresh_from_db()
    return running


@pytest.fixture
def due_moment(ended_trajectory, coordinator):
    return keep_in_touch.plan(
        ended_trajectory, in_days(1), None, "Vraag naar de nieuwe buren.", coordinator
    )


def test_one_mail_to_the_member_once(due_moment, ended_trajectory):
    assert "1 herinnering" in run()
    mail = reminders().get()
    assert mail.to == "alma@example.org"
    assert mail.request_id == ended_trajectory.request_id
    due_moment.refresh_from_db()
    assert due_moment.reminded_at is not None
    assert ModelLogEntry.objects.filter(
        object_id=str(ended_trajectory.request_id),
        action="intake.keep_in_touch_remind",
    ).exists()

    assert "0 herinneringen" in run()
    assert reminders().count() == 1


def test_the_mail_names_the_reference_and_nothing_of_the_resident(
    due_moment, ended_trajectory
):
    run()
    assert send_due() >= 1
    sent = [
        message for message in outbox.outbox if "Waakvlamcontact" in message.subject
    ]
    assert len(sent) == 1
    message = sent[0]
    reference = ended_trajectory.request.reference
    assert reference in message.subject
    assert reference in message.body
    assert "Vraag naar de nieuwe buren." in message.body
    assert "coördinatoren" in message.body
    for value in KEEP_IN_TOUCH_RESIDENT.values():
        assert value not in message.subject
        assert value not in message.body
    assert "0624681357" not in message.body.replace(" ", "")


def test_one_mail_per_due_moment_to_its_member(
    due_moment, coordinator, group_a, group_b
):
    bert = group_b.members.get()
    keep_in_touch.plan(ended(coordinator, bert), in_days(0), None, "", None)
    arie = group_a.members.get(email="arie@example.org")
    late = keep_in_touch.plan(ended(coordinator, arie), in_days(0), None, "", None)
    KeepInTouch.objects.filter(pk=late.pk).update(planned_on=in_days(-2))
    run()
    assert sorted(reminders().values_list("to", flat=True)) == [
        "alma@example.org",
        "arie@example.org",
        "bert@example.org",
    ]


def test_moments_further_ahead_wait(ended_trajectory, coordinator, settings):
    keep_in_touch.plan(ended_trajectory, in_days(3), None, "", coordinator)
    run()
    assert not reminders().exists()
    settings.INTAKE_KEEP_IN_TOUCH_REMIND_DAYS = 3
    run()
    assert reminders().count() == 1


@pytest.mark.parametrize("close", [keep_in_touch.mark_done, keep_in_touch.cancel])
def test_done_or_cancelled_moments_get_no_mail(
    due_moment, ended_trajectory, coordinator, close
):
    close(ended_trajectory, coordinator)
    run()
    assert not reminders().exists()


def test_a_moment_of_an_anonymised_request_gets_no_mail(due_moment, ended_trajectory):
    Request.objects.filter(pk=ended_trajectory.request_id).update(
        anonymised_at=timezone.now()
    )
    run()
    assert not reminders().exists()


def test_a_member_who_left_is_not_mailed_the_coordinators_are(due_moment, coordinator):
    member = due_moment.member
    type(member).objects.filter(pk=member.pk).update(
        active=False, left_on=timezone.localdate()
    )
    output = run()
    assert "niet meer actief" in output
    assert not reminders().exists()
    notice = RequestMail.objects.get(purpose="keep_in_touch_member_inactive")
    assert notice.to == coordinator.email
    assert "/admin/aanvragen/" in notice.body
    for value in KEEP_IN_TOUCH_RESIDENT.values():
        assert value not in notice.subject + notice.body
    run()
    assert (
        RequestMail.objects.filter(purpose="keep_in_touch_member_inactive").count() == 1
    )


def test_a_new_day_after_the_reminder_is_reminded_again(
    due_moment, ended_trajectory, coordinator
):
    run()
    keep_in_touch.reschedule(ended_trajectory, in_days(1), None, "", coordinator)
    run()
    assert reminders().count() == 1  # the same day: no second mail
    keep_in_touch.reschedule(ended_trajectory, in_days(0), None, "", coordinator)
    run()
    assert reminders().count() == 2


def test_a_dry_run_sends_nothing(due_moment):
    assert "Proefdraai: 1 waakvlamcontact" in run("--dry-run")
    assert not reminders().exists()
    due_moment.refresh_from_db()
    assert due_moment.reminded_at is None


def test_the_queries_per_moment_are_bounded(
    coordinator, group_b, django_assert_max_num_queries
):
    for _ in range(5):
        member = MemberFactory(page=group_b)
        KeepInTouchFactory(trajectory=ended(coordinator, member), planned_on=in_days(1))
    with django_assert_max_num_queries(5 * 12 + 5):
        run()
    assert reminders().count() == 5


def test_a_missed_day_is_caught_up_for_a_week(due_moment, ended_trajectory):
    KeepInTouch.objects.filter(pk=due_moment.pk).update(planned_on=in_days(-8))
    run()
    assert not reminders().exists()
    KeepInTouch.objects.filter(pk=due_moment.pk).update(planned_on=in_days(-7))
    run()
    assert "stond een waakvlamcontact" in reminders().get().body
