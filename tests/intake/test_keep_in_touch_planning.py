"""Planning a keep-in-touch moment ("waakvlamcontact"): on a trajectory that
ended as done it works and is logged without personal data; everything else
is refused with a Dutch message and changes nothing."""

import datetime
import json

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from intake import keep_in_touch, workflow
from intake.choices import EndReason
from intake.factories import RequestFactory
from intake.models import KeepInTouch, Request
from intake.workflow import WorkflowError
from tests.intake.conftest import KEEP_IN_TOUCH_RESIDENT

pytestmark = pytest.mark.django_db


def in_days(days):
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def arie(group_a):
    return group_a.members.get(email="arie@example.org")


def log_count(request_obj):
    return ModelLogEntry.objects.filter(object_id=str(request_obj.pk)).count()


def test_planning_on_an_ended_trajectory_is_stored_and_logged(
    ended_trajectory, coordinator
):
    request_obj = ended_trajectory.request
    moment = keep_in_touch.plan(
        ended_trajectory, in_days(42), None, "Vraag hoe het gaat.", coordinator
    )
    moment.refresh_from_db()
    assert moment.trajectory == ended_trajectory
    assert moment.member == ended_trajectory.member
    assert moment.planned_on == in_days(42)
    assert moment.planned_by == coordinator
    assert moment.is_open and moment.reminded_at is None

    entry = ModelLogEntry.objects.filter(
        object_id=str(request_obj.pk), action="intake.keep_in_touch_plan"
    ).get()
    assert entry.user == coordinator
    assert entry.data == {
        "trajectory": ended_trajectory.pk,
        "member": moment.member_id,
        "date": in_days(42).isoformat(),
    }
    logged = json.dumps(entry.data) + entry.label
    for value in KEEP_IN_TOUCH_RESIDENT.values():
        assert value not in logged


def test_another_active_member_may_call(ended_trajectory, arie, coordinator):
    moment = keep_in_touch.plan(ended_trajectory, in_days(0), arie, "", coordinator)
    assert moment.member == arie


def test_a_resident_who_carries_on_alone_may_be_called(coordinator, group_a):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    workflow.end_trajectory(running, EndReason.RESIDENT_CONTINUES, coordinator)
    assert keep_in_touch.plan(running, in_days(30), None, "", coordinator)


def assert_refused(trajectory, coordinator, match, **changes):
    request_obj = Request.objects.get(pk=trajectory.request_id)
    before = (KeepInTouch.objects.count(), log_count(request_obj))
    arguments = {"planned_on": in_days(14), "member": None, "note": "", **changes}
    with pytest.raises(WorkflowError, match=match):
        keep_in_touch.plan(trajectory, user=coordinator, **arguments)
    assert (KeepInTouch.objects.count(), log_count(request_obj)) == before


@pytest.fixture
def open_request(group_a, coordinator):
    request_obj = RequestFactory()
    alma = group_a.members.get(email="alma@example.org")
    return request_obj, alma


def test_a_proposed_trajectory_is_refused(open_request, coordinator):
    request_obj, alma = open_request
    proposed = workflow.propose(request_obj, alma, coordinator)
    assert_refused(proposed, coordinator, "traject dat klaar is")


def test_a_running_trajectory_is_refused(open_request, coordinator):
    request_obj, alma = open_request
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    assert_refused(running, coordinator, "traject dat klaar is")


@pytest.mark.parametrize(
    "reason", [EndReason.OTHER_OCO, EndReason.MEMBER_STOPPED, "cancelled"]
)
def test_support_that_did_not_finish_is_refused(open_request, coordinator, reason):
    request_obj, alma = open_request
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    if reason == "cancelled":
        workflow.cancel(request_obj, coordinator)
    else:
        workflow.end_trajectory(running, reason, coordinator)
    running.refresh_from_db()
    assert_refused(running, coordinator, "traject dat klaar is")


def test_a_stale_copy_of_a_trajectory_is_checked_against_what_is_stored(
    open_request, coordinator
):
    """A copy that says "ended as done" does not count: the stored
    trajectory is still running."""
    request_obj, alma = open_request
    running = workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )
    running.status = "ended"
    running.end_reason = EndReason.DONE
    assert_refused(running, coordinator, "traject dat klaar is")


def test_a_day_in_the_past_is_refused(ended_trajectory, coordinator):
    assert_refused(
        ended_trajectory, coordinator, "in het verleden", planned_on=in_days(-1)
    )


def test_a_day_after_the_data_is_removed_is_refused(
    ended_trajectory, coordinator, settings
):
    settings.INTAKE_RETENTION_DAYS = 30
    assert keep_in_touch.last_possible_day(ended_trajectory.request) == in_days(29)
    assert_refused(ended_trajectory, coordinator, "tot en met", planned_on=in_days(30))


def test_an_inactive_member_is_refused(ended_trajectory, arie, coordinator):
    type(arie).objects.filter(pk=arie.pk).update(
        active=False, left_on=timezone.localdate()
    )
    assert_refused(ended_trajectory, coordinator, "niet actief", member=arie)


def test_the_own_member_who_left_is_refused(ended_trajectory, coordinator):
    member = ended_trajectory.member
    type(member).objects.filter(pk=member.pk).update(
        active=False, left_on=timezone.localdate()
    )
    assert_refused(ended_trajectory, coordinator, "niet actief")


def test_a_second_open_moment_is_refused(ended_trajectory, coordinator):
    keep_in_touch.plan(ended_trajectory, in_days(7), None, "", coordinator)
    assert_refused(ended_trajectory, coordinator, "al een waakvlamcontact")


@pytest.mark.parametrize(
    "note",
    [
        "Bel Roos Waakvlamtest even.",
        "Nummer: 0624681357",
        "Mail naar ROOS.WAAKVLAM@example.org",
        "Woont in 1318KL",
    ],
)
def test_a_note_with_the_residents_data_is_refused(ended_trajectory, coordinator, note):
    assert_refused(ended_trajectory, coordinator, "geen gegevens", note=note)


def test_an_anonymised_request_is_refused(ended_trajectory, coordinator):
    Request.objects.filter(pk=ended_trajectory.request_id).update(
        anonymised_at=timezone.now()
    )
    assert_refused(ended_trajectory, coordinator, "verwijderd")
