"""The life of a request and its trajectories, and the changes refused."""

import datetime
import json

import pytest
from wagtail.models import ModelLogEntry

from intake import workflow
from intake.choices import STEP_ORDER, EndReason, Status, Step, TrajectoryStatus
from intake.factories import RequestFactory
from intake.models import Trajectory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 5, 1)


@pytest.fixture
def request_obj(db):
    return RequestFactory(
        name="Wilhelmina Workflowtest",
        phone="06 13572468",
        email="wilhelmina.workflow@example.org",
        postcode="1321 ZZ",
        conversation_subject="Aanvraag voor aangepast vervoer",
        remarks="Graag na twaalven bellen",
    )


@pytest.fixture
def alma(group_a):
    return group_a.members.get(name="Alma Alfalid")


@pytest.fixture
def arie(group_a):
    return group_a.members.get(name="Arie Alfalid")


@pytest.fixture
def running(request_obj, alma, coordinator):
    return workflow.approve(
        workflow.propose(request_obj, alma, coordinator), coordinator
    )


def fresh(obj):
    obj.refresh_from_db()
    return obj


def test_take_up_once(request_obj, coordinator):
    workflow.take_up(request_obj, coordinator)
    assert fresh(request_obj).status == Status.IN_PROGRESS
    with pytest.raises(workflow.WorkflowError):
        workflow.take_up(request_obj, coordinator)


def test_a_proposal_takes_a_new_request_up(request_obj, alma, coordinator):
    trajectory = workflow.propose(request_obj, alma, coordinator, note="Past goed.")
    assert trajectory.status == TrajectoryStatus.PROPOSED
    assert trajectory.proposed_by == coordinator
    assert fresh(request_obj).status == Status.IN_PROGRESS
    with pytest.raises(workflow.WorkflowError):
        workflow.propose(request_obj, alma, coordinator)


def test_approval_matches_and_declines_the_other_proposals(
    request_obj, alma, arie, coordinator
):
    first = workflow.propose(request_obj, alma, coordinator)
    second = workflow.propose(request_obj, arie, coordinator)
    workflow.approve(first, coordinator)
    first = fresh(first)
    assert first.status == TrajectoryStatus.RUNNING
    assert first.approved_by == coordinator
    assert first.approved_at is not None
    assert first.first_for_member
    assert fresh(second).status == TrajectoryStatus.DECLINED
    assert fresh(request_obj).status == Status.MATCHED


def test_approve_twice_is_refused(running, coordinator):
    with pytest.raises(workflow.WorkflowError, match="al afgehandeld"):
        workflow.approve(running, coordinator)


def test_approve_while_another_trajectory_runs_is_refused(
    request_obj, running, arie, coordinator
):
    second = workflow.propose(request_obj, arie, coordinator)
    with pytest.raises(workflow.WorkflowError, match="al een OCO"):
        workflow.approve(second, coordinator)
    assert fresh(second).status == TrajectoryStatus.PROPOSED


def test_a_declined_proposal_cannot_be_approved(request_obj, alma, coordinator):
    trajectory = workflow.propose(request_obj, alma, coordinator)
    workflow.decline(trajectory, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.approve(fresh(trajectory), coordinator)


@pytest.mark.parametrize("status", ["proposed", "declined"])
def test_steps_only_on_approved_trajectories(request_obj, alma, coordinator, status):
    trajectory = workflow.propose(request_obj, alma, coordinator)
    if status == "declined":
        trajectory = workflow.decline(trajectory, coordinator)
    with pytest.raises(workflow.WorkflowError, match="goedgekeurd traject"):
        workflow.record_step(trajectory, Step.PREPARATION, TODAY, "", coordinator)
    assert not trajectory.steps.exists()


def test_recording_a_step_again_updates_it(running, coordinator):
    workflow.record_step(running, Step.PREPARATION, TODAY, "Eerste", coordinator)
    workflow.record_step(running, Step.PREPARATION, TODAY, "Tweede", coordinator)
    assert [step.note for step in running.steps.all()] == ["Tweede"]


@pytest.mark.parametrize("last", STEP_ORDER)
def test_support_may_end_after_any_step(request_obj, running, coordinator, last):
    for step in STEP_ORDER[: STEP_ORDER.index(last) + 1]:
        workflow.record_step(running, step, TODAY, "", coordinator)
    workflow.end_trajectory(running, EndReason.RESIDENT_CONTINUES, coordinator)
    running = fresh(running)
    assert running.status == TrajectoryStatus.ENDED
    assert running.end_reason == EndReason.RESIDENT_CONTINUES
    recorded = set(running.steps.values_list("step", flat=True))
    assert recorded == set(STEP_ORDER[: STEP_ORDER.index(last) + 1])
    request_obj = fresh(request_obj)
    assert request_obj.status == Status.COMPLETED
    assert request_obj.closed_at is not None


def test_ending_twice_is_refused(running, coordinator):
    workflow.end_trajectory(running, EndReason.DONE, coordinator)
    with pytest.raises(workflow.WorkflowError):
        workflow.end_trajectory(fresh(running), EndReason.DONE, coordinator)


def test_steps_may_still_be_recorded_after_the_end(running, coordinator):
    workflow.end_trajectory(running, EndReason.DONE, coordinator)
    workflow.record_step(fresh(running), Step.HANDOVER, TODAY, "", coordinator)
    assert running.steps.count() == 1


def test_member_stopping_sends_the_request_back_to_matching(
    request_obj, running, coordinator
):
    workflow.end_trajectory(running, EndReason.MEMBER_STOPPED, coordinator)
    request_obj = fresh(request_obj)
    assert request_obj.status == Status.IN_PROGRESS
    assert request_obj.closed_at is None


def test_ask_another_oco_keeps_history_and_returns_to_in_progress(
    request_obj, running, arie, coordinator
):
    workflow.record_step(running, Step.PREPARATION, TODAY, "", coordinator)
    workflow.ask_other_oco(request_obj, coordinator)
    assert fresh(request_obj).status == Status.IN_PROGRESS
    old = fresh(running)
    assert old.status == TrajectoryStatus.ENDED
    assert old.end_reason == EndReason.OTHER_OCO
    assert old.steps.count() == 1
    new = workflow.approve(
        workflow.propose(request_obj, arie, coordinator), coordinator
    )
    assert fresh(request_obj).status == Status.MATCHED
    assert list(request_obj.trajectories.order_by("pk")) == [old, new]


def test_ask_another_oco_without_one_is_refused(request_obj, coordinator):
    with pytest.raises(workflow.WorkflowError):
        workflow.ask_other_oco(request_obj, coordinator)


def test_cancel_ends_everything(request_obj, running, arie, coordinator):
    proposal = workflow.propose(request_obj, arie, coordinator)
    workflow.cancel(request_obj, coordinator)
    request_obj = fresh(request_obj)
    assert request_obj.status == Status.CANCELLED
    assert request_obj.closed_at is not None
    running = fresh(running)
    assert running.status == TrajectoryStatus.ENDED
    assert running.end_reason == EndReason.REQUEST_CANCELLED
    assert fresh(proposal).status == TrajectoryStatus.DECLINED
    assert not Trajectory.objects.running().exists()


def test_a_closed_request_takes_no_more_changes(request_obj, alma, coordinator):
    workflow.cancel(request_obj, coordinator)
    for change in (
        lambda: workflow.cancel(request_obj, coordinator),
        lambda: workflow.propose(request_obj, alma, coordinator),
        lambda: workflow.take_up(request_obj, coordinator),
    ):
        with pytest.raises(workflow.WorkflowError):
            change()


def test_an_inactive_member_cannot_be_proposed(request_obj, alma, coordinator):
    alma.active = False
    alma.left_on = TODAY
    alma.save()
    with pytest.raises(workflow.WorkflowError, match="niet actief"):
        workflow.propose(request_obj, alma, coordinator)


def test_every_change_is_logged_without_personal_data(
    request_obj, running, group_b, coordinator
):
    workflow.update_consent(running, True, TODAY, True, coordinator)
    workflow.record_step(running, Step.PREPARATION, TODAY, "Notitie", coordinator)
    workflow.end_trajectory(running, EndReason.MEMBER_STOPPED, coordinator)
    workflow.share_with_group(request_obj, group_b, coordinator)
    workflow.cancel(request_obj, coordinator)
    entries = ModelLogEntry.objects.filter(object_id=str(request_obj.pk)).order_by("pk")
    assert [entry.action for entry in entries] == [
        "intake.propose",
        "intake.approve",
        "intake.trajectory",
        "intake.step",
        "intake.end",
        "intake.share",
        "intake.cancel",
    ]
    personal = [
        request_obj.name,
        request_obj.phone,
        request_obj.email,
        request_obj.postcode,
        request_obj.conversation_subject,
        request_obj.remarks,
        "Notitie",
    ]
    for entry in entries:
        assert entry.user == coordinator
        assert entry.label == f"Aanvraag {request_obj.reference}"
        text = entry.label + json.dumps(entry.data, ensure_ascii=False)
        for value in personal:
            assert value not in text
